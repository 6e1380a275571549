// Puppeteer must never download its own browser on `npm install`: options-brief
// finds a browser already on the machine (see src/print/find-browser.ts), and
// `npm run setup` installs one when there is none.
/** @type {import('puppeteer').Configuration} */
module.exports = {
  skipDownload: true,
};
