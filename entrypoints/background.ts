export default defineBackground(() => {
  // Wiring lands with the messaging contract (src/messaging).
});
