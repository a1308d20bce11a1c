// A form with data-confirm asks before it is sent ("Nộp hồ sơ … để xét?", "Rút hồ sơ …?"): nothing that
// cannot be undone by the unit happens on a slip of the mouse.
document.addEventListener('submit', (event) => {
  const question = event.target.getAttribute && event.target.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
}, true);
