/* The upload form says at once that a file is above the size limit. The server cannot say it on the
   form: it stops reading such a body, and with it the form's CSRF token, and answers with a page. */
(function () {
  var input = document.querySelector('form.upload input[type=file][data-max-bytes]');
  if (!input) {
    return;
  }
  var max = Number(input.getAttribute('data-max-bytes'));
  input.addEventListener('change', function () {
    var file = input.files && input.files[0];
    input.setCustomValidity(file && file.size > max ? input.getAttribute('data-too-large') : '');
    input.reportValidity();
  });
})();
