import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';

import i18next from 'i18next';

import { setupI18n } from '../../src/i18n/setup';
import { resetStore } from './store';

setupI18n('nl');

beforeEach(() => {
  localStorage.clear();
  resetStore();
  void i18next.changeLanguage('nl');
});
afterEach(() => cleanup());

// jsdom's Blob has no text(); browsers do. Read it the way jsdom can.
if (!Blob.prototype.text) {
  Blob.prototype.text = function text(this: Blob) {
    return new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as string);
      reader.onerror = () => reject(reader.error);
      reader.readAsText(this);
    });
  };
}
