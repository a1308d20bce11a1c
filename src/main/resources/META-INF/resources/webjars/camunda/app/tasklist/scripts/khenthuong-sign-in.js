// One sign-in (README "Bảo mật"): Tasklist, Cockpit and Admin never show Camunda's own login form.
// Whoever is not, or no longer, signed in (after "Đăng xuất" in a webapp, which ends the whole session)
// goes to the application's sign-in page. Loaded through customScripts in each webapp's config.js.
(function () {
  function toOurSignIn() {
    if ((window.location.hash || '').indexOf('#/login') === 0) {
      window.location.replace('/dang-nhap?da-dang-xuat');
    }
  }
  window.addEventListener('hashchange', toOurSignIn);
  toOurSignIn();
})();
