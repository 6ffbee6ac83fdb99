import '@testing-library/jest-dom/vitest';

// jsdom has <dialog> without its modal methods: give it the open/close behaviour components rely on
HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
  this.open = false;
};
