/* The process diagram of the dossier page: bpmn-js (navigated viewer, served from the app's WebJar)
   draws the BPMN of the dossier's process and marks the steps passed and the open one. */
(function () {
  'use strict';
  var box = document.getElementById('so-do');
  if (!box) {
    return;
  }
  if (!window.BpmnJS) {
    box.textContent = 'Không tải được bộ vẽ sơ đồ.';
    return;
  }
  var ids = function (name) {
    return (box.getAttribute(name) || '').split(' ').filter(function (id) { return id; });
  };
  var passed = ids('data-passed');
  var current = ids('data-current');
  var viewer = new window.BpmnJS({ container: box });

  function canvas() {
    return viewer.get('canvas');
  }

  function showAll() {
    canvas().zoom('fit-viewport', 'auto');
  }

  /** Centres the open step at a readable scale; the whole diagram is too wide to read on one screen. */
  function showCurrent() {
    var registry = viewer.get('elementRegistry');
    var element = current.map(function (id) { return registry.get(id); }).filter(Boolean)[0];
    if (!element) {
      showAll();
      return;
    }
    var scale = 0.9;
    var width = box.clientWidth / scale;
    var height = box.clientHeight / scale;
    canvas().viewbox({
      x: element.x + element.width / 2 - width / 2,
      y: element.y + element.height / 2 - height / 2,
      width: width,
      height: height
    });
  }

  fetch(box.getAttribute('data-src'), { credentials: 'same-origin', headers: { Accept: 'application/xml' } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.text();
    })
    .then(function (xml) { return viewer.importXML(xml); })
    .then(function () {
      var registry = viewer.get('elementRegistry');
      passed.forEach(function (id) {
        if (registry.get(id)) {
          canvas().addMarker(id, 'buoc-da-qua');
        }
      });
      current.forEach(function (id) {
        if (registry.get(id)) {
          canvas().addMarker(id, 'buoc-hien-tai');
        }
      });
      showCurrent();
      box.setAttribute('data-ve-xong', 'true');
    })
    .catch(function () {
      box.textContent = 'Không vẽ được sơ đồ quy trình.';
    });

  var all = document.getElementById('so-do-toan-bo');
  var here = document.getElementById('so-do-buoc-hien-tai');
  if (all) {
    all.addEventListener('click', showAll);
  }
  if (here) {
    here.addEventListener('click', showCurrent);
  }
}());
