/* Choosing a decision's recipients: "Chọn tất cả / bỏ chọn", a box per dossier, and how many are ticked.
   Without this script every box still works one by one (the tools stay hidden). */
(function () {
  var form = document.querySelector('form.draft-form');
  if (!form) {
    return;
  }
  var boxes = Array.prototype.slice.call(form.querySelectorAll('input[name=nomineeIds]'));
  var all = form.querySelector('#chon-tat-ca');
  var toggles = Array.prototype.slice.call(form.querySelectorAll('input[data-dossier-toggle]'));
  var count = form.querySelector('#so-da-chon');
  var byDossier = {};
  boxes.forEach(function (b) {
    (byDossier[b.getAttribute('data-dossier')] = byDossier[b.getAttribute('data-dossier')] || []).push(b);
  });

  function mark(box, list) {
    var ticked = list.filter(function (b) { return b.checked; }).length;
    box.checked = list.length > 0 && ticked === list.length;
    box.indeterminate = ticked > 0 && ticked < list.length;
    return ticked;
  }

  function refresh() {
    var ticked = mark(all, boxes);
    toggles.forEach(function (t) { mark(t, byDossier[t.getAttribute('data-dossier-toggle')] || []); });
    count.textContent = 'Đã chọn ' + ticked + '/' + boxes.length;
  }

  all.addEventListener('change', function () {
    boxes.forEach(function (b) { b.checked = all.checked; });
    refresh();
  });
  toggles.forEach(function (t) {
    t.addEventListener('change', function () {
      (byDossier[t.getAttribute('data-dossier-toggle')] || []).forEach(function (b) { b.checked = t.checked; });
      refresh();
    });
  });
  form.addEventListener('change', function (e) {
    if (e.target.name === 'nomineeIds') {
      refresh();
    }
  });
  Array.prototype.forEach.call(form.querySelectorAll('.js-only'), function (e) { e.hidden = false; });
  refresh();
})();
