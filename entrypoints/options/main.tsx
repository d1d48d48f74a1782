import { render } from 'preact';

function App() {
  return <main><h1>Karabakh Context</h1></main>;
}

render(<App />, document.getElementById('app')!);
