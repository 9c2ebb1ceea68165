import type { Page } from 'playwright-core';

/** Whether `last`, the end of a prompt, is inside the labeling view's thread scroll box. */
export const lastLineInView = (page: Page, last: string) =>
  page.evaluate((text) => {
    const box = document.getElementById('labeling-thread-box');
    const p = [...(box?.querySelectorAll('p') ?? [])].find((e) => e.textContent?.endsWith(text));
    if (!box || !p) return false;
    const range = document.createRange();
    range.setStart(p.firstChild!, p.textContent!.length - text.length);
    range.setEnd(p.firstChild!, p.textContent!.length);
    const line = range.getBoundingClientRect();
    const frame = box.getBoundingClientRect();
    return line.top >= frame.top && line.bottom <= frame.bottom;
  }, last);
