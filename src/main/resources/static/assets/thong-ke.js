// The statistics page: a print button where scripts run (the page prints the same without it).
document.querySelectorAll('.js-print').forEach(function (button) {
  button.hidden = false;
  button.addEventListener('click', function () { window.print(); });
});
