export { loadDemoData } from './demo-data.ts';
