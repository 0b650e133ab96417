const GREETINGS = {
  en: 'Welcome',
  de: 'Willkommen',
  fr: 'Bienvenue',
};

function renderWelcome(name, lang) {
  const greeting = GREETINGS[lang] || GREETINGS.en;
  return [
    '<!doctype html><html><body>',
    `<h1>${greeting}, ${decodeURIComponent(name)}!</h1>`,
    '</body></html>',
  ].join('');
}

module.exports = { renderWelcome };
