import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';

import { setupI18n } from '../../src/i18n/setup';
import { resetStore } from './store';

setupI18n('nl');

beforeEach(() => {
  localStorage.clear();
  resetStore();
});
afterEach(() => cleanup());
