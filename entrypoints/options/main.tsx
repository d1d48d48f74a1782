import { render } from 'preact';
import { t, uiDirection, uiLanguage } from '@/src/i18n/t';
import { App } from '@/src/options/App';
import '@/src/options/options.css';

document.documentElement.lang = uiLanguage();
document.documentElement.dir = uiDirection();
document.title = t('optionsPageTitle');
render(<App />, document.getElementById('app')!);
