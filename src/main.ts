import { mount } from 'svelte';
import { afterPaint } from './ui/afterPaint';
import App from './ui/App.svelte';
import './ui/theme.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// startup (docs/ARCHITECTURE.md): the shell in index.html is painted first, then the app replaces it
await afterPaint();
target.replaceChildren();
mount(App, { target });
