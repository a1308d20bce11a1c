// Khen thưởng: what reviewers stumbled on in Tasklist, fixed in the page without touching Camunda's code.
// Loaded through customScripts in config.js.
// - Links in a task form (the draft decision, the dossier's documents) open in a new tab, so the form and
//   what the reviewer chose in it stay where they were.
// - The form's own checks (form-js) speak English ("Field is required."): they are said in Vietnamese.
// - Notifications close by themselves and sit where they do not cover "Hoàn thành".
// - A task nobody has taken says, above its greyed form, that it must be taken first, with the button.
// - After signing a decision: its number and a link to it.

const FORM = '.fjs-container, [cam-tasklist-form], .task-card';

document.addEventListener('click', (event) => {
  const link = event.target.closest && event.target.closest('a[href]');
  if (!link || !link.closest(FORM) || link.target === '_blank' || event.defaultPrevented) {
    return;
  }
  const href = link.getAttribute('href');
  if (!href || href.startsWith('#') || href.startsWith('javascript:')) {
    return;
  }
  event.preventDefault();
  window.open(link.href, '_blank', 'noopener');
}, true);

const FORM_ERRORS = [
  [/^Field is required\.$/, () => 'Vui lòng nhập trường này.'],
  [/^Field must have minimum value of (.+)\.$/, (m) => `Giá trị nhỏ nhất là ${m[1]}.`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `Giá trị lớn nhất là ${m[1]}.`],
  [/^Field must have minimum length of (.+)\.$/, (m) => `Cần ít nhất ${m[1]} ký tự.`],
  [/^Field must have maximum length of (.+)\.$/, (m) => `Không quá ${m[1]} ký tự.`],
  [/^Field must match pattern (.+)\.$/, () => 'Giá trị không đúng định dạng.'],
  [/^Field must be a valid email\.$/, () => 'Địa chỉ thư điện tử không hợp lệ.'],
  [/^Field must be a valid {1,2}international phone number.*$/, () => 'Số điện thoại không hợp lệ.']
];

/** The Vietnamese of one of form-js's English messages; anything else unchanged. */
function vietnameseFormError(text) {
  for (const [pattern, say] of FORM_ERRORS) {
    const match = pattern.exec(text.trim());
    if (match) {
      return say(match);
    }
  }
  return text;
}

function translateFormErrors(root) {
  root.querySelectorAll('.fjs-form-field-error, .fjs-form-field-error li, .fjs-form-field-error span')
    .forEach((node) => {
      if (node.children.length === 0) {
        const said = vietnameseFormError(node.textContent);
        if (said !== node.textContent) {
          node.textContent = said;
        }
      }
    });
}

const NOTICE_SECONDS = {success: 5, info: 6, warning: 10, danger: 12, error: 12};

function closeNoticesLater(root) {
  root.querySelectorAll('.notifications .alert:not([data-khenthuong-timer])').forEach((notice) => {
    notice.setAttribute('data-khenthuong-timer', 'on');
    const kind = Object.keys(NOTICE_SECONDS).find((k) => notice.classList.contains('alert-' + k)) || 'info';
    setTimeout(() => {
      // uib-alert puts its own hidden .close first; Tasklist's is the one that removes the notification
      const close = notice.querySelector('button[ng-click^="removeNotification"]');
      if (close && document.body.contains(notice)) {
        close.click();
      } else {
        notice.remove();
      }
    }, NOTICE_SECONDS[kind] * 1000);
  });
}

const CLAIM_BANNER = 'khenthuong-claim-banner';

/** Above the form of a task nobody has taken: why the form is grey, and the button that takes it. */
function explainUnclaimedForms() {
  document.querySelectorAll('[cam-tasklist-task]').forEach((task) => {
    const claim = task.querySelector('button.claim');
    const form = task.querySelector('[cam-tasklist-form]');
    const banner = task.querySelector('.' + CLAIM_BANNER);
    if (!claim || !form) {
      if (banner) {
        banner.remove();
      }
      return;
    }
    if (banner) {
      return;
    }
    const notice = document.createElement('div');
    notice.className = CLAIM_BANNER + ' alert alert-info';
    notice.setAttribute('role', 'status');
    const text = document.createElement('span');
    text.textContent = 'Việc này chưa có người nhận nên biểu mẫu đang khóa. Nhận việc để xử lý.';
    const take = document.createElement('button');
    take.type = 'button';
    take.className = 'btn btn-primary btn-sm';
    take.textContent = 'Nhận việc';
    take.addEventListener('click', () => claim.click());
    notice.append(text, ' ', take);
    form.parentNode.insertBefore(notice, form);
  });
}

function tidy() {
  translateFormErrors(document);
  closeNoticesLater(document);
  explainUnclaimedForms();
}

new MutationObserver(tidy).observe(document.documentElement, {childList: true, subtree: true, characterData: true});

// After "Ký ban hành": the number the decision got, and a link to it, where the form was. Tasklist only says
// that the task is completed; the decision id is a variable of the task, read before the form is sent.
const SUBMIT = /\/api\/engine\/engine\/([^/]+)\/task\/([^/]+)\/submit-form$/;
const SIGNING = /"decisionOutcome"\s*:\s*\{[^}]*"value"\s*:\s*"SIGN"/;
const originalOpen = XMLHttpRequest.prototype.open;
const originalSend = XMLHttpRequest.prototype.send;

XMLHttpRequest.prototype.open = function (method, url) {
  this.khenthuongSubmit = method === 'POST' ? SUBMIT.exec(String(url).split('?')[0]) : null;
  return originalOpen.apply(this, arguments);
};

XMLHttpRequest.prototype.send = function (body) {
  const submit = this.khenthuongSubmit;
  if (submit && typeof body === 'string' && SIGNING.test(body)) {
    const decisionId = json(`/camunda/api/engine/engine/${submit[1]}/task/${submit[2]}/variables/decisionId`)
      .then((variable) => variable && variable.value);
    this.addEventListener('load', () => {
      if (this.status >= 200 && this.status < 300) {
        decisionId.then((id) => id && json(`/api/decisions/${id}`).then((decision) => announceSigned(id, decision)));
      }
    });
  }
  return originalSend.apply(this, arguments);
};

function json(url) {
  return fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then((answer) => (answer.ok ? answer.json() : null))
    .catch(() => null);
}

function announceSigned(id, decision) {
  if (!decision || !decision.decisionNumber) {
    return;
  }
  const notice = document.createElement('div');
  notice.className = 'khenthuong-signed alert alert-success';
  notice.setAttribute('role', 'status');
  const text = document.createElement('span');
  text.textContent = `Đã ký ban hành Quyết định số ${decision.decisionNumber}. `;
  const link = document.createElement('a');
  link.href = `/quyet-dinh/${id}`;
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = 'Xem quyết định';
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.setAttribute('aria-label', 'Đóng');
  close.textContent = '×';
  close.addEventListener('click', () => notice.remove());
  notice.append(close, text, link);
  document.body.appendChild(notice);
}
