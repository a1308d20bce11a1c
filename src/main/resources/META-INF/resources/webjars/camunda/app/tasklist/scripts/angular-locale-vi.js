// Khen thưởng: Vietnamese dates where the webapps do not take them from the locale files (vi.json):
// - the date picker (due and follow-up dates, search criteria) and Angular's date filter read
//   AngularJS's $locale, which only knows English;
// - Cockpit hard-codes its timestamp format as YYYY-MM-DD[T]HH:mm:ss instead of reading config.js.
// Loaded through customScripts in the tasklist, cockpit and admin config.js, before the
// application starts, so the blocks below take part in its start-up. English pages are left alone.
const VIETNAMESE = {
  MONTH: ['tháng 1', 'tháng 2', 'tháng 3', 'tháng 4', 'tháng 5', 'tháng 6',
    'tháng 7', 'tháng 8', 'tháng 9', 'tháng 10', 'tháng 11', 'tháng 12'],
  STANDALONEMONTH: ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6',
    'Tháng 7', 'Tháng 8', 'Tháng 9', 'Tháng 10', 'Tháng 11', 'Tháng 12'],
  SHORTMONTH: ['Th1', 'Th2', 'Th3', 'Th4', 'Th5', 'Th6', 'Th7', 'Th8', 'Th9', 'Th10', 'Th11', 'Th12'],
  DAY: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'],
  SHORTDAY: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
  AMPMS: ['SA', 'CH'],
  FIRSTDAYOFWEEK: 0, // Monday: AngularJS counts from Monday
  WEEKENDRANGE: [5, 6],
  fullDate: 'EEEE, dd/MM/y',
  longDate: 'dd/MM/y',
  medium: 'dd/MM/y HH:mm:ss',
  mediumDate: 'dd/MM/y',
  mediumTime: 'HH:mm:ss',
  short: 'dd/MM/y HH:mm',
  shortDate: 'dd/MM/y',
  shortTime: 'HH:mm'
};

const angular = window.angular;

function vietnamese($translate) {
  return ($translate.proposedLanguage() || $translate.use()) === 'vi';
}

if (angular) {
  angular.module('cam.commons')
    .decorator('camDateFormat', ['$delegate', '$injector', function ($delegate, $injector) {
      return function (name) {
        const format = $delegate(name);
        return format && vietnamese($injector.get('$translate'))
          ? format.replace('YYYY-MM-DD[T]HH:mm:ss', 'DD/MM/YYYY HH:mm:ss')
          : format;
      };
    }])
    .run(['$injector', '$locale', '$translate', function ($injector, $locale, $translate) {
      if (!vietnamese($translate)) {
        return;
      }
      Object.assign($locale.DATETIME_FORMATS, VIETNAMESE);
      if ($injector.has('uibDatepickerConfig')) {
        const datepicker = $injector.get('uibDatepickerConfig');
        datepicker.formatDayTitle = "LLLL 'năm' yyyy";
        datepicker.startingDay = 1;
      }
      if ($injector.has('uibDatepickerPopupConfig')) {
        Object.assign($injector.get('uibDatepickerPopupConfig'),
          {currentText: 'Hôm nay', clearText: 'Xóa', closeText: 'Đóng'});
      }
    }]);
}
