import { createRoot } from 'react-dom/client';
import { App } from './App';
import './demo.css';

createRoot(document.getElementById('root')!).render(<App />);
