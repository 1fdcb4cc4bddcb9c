// «Thêm dòng» on the table grid page: one more «Mới» row, its inputs numbered after the last (n_<table>_<i>_<column>).
document.querySelectorAll('button.add-row').forEach(function (button) {
  button.addEventListener('click', function () {
    var table = button.getAttribute('data-table');
    var rows = document.querySelectorAll('tr.new-row[data-new="' + table + '"]');
    var last = rows[rows.length - 1];
    var copy = last.cloneNode(true);
    var next = rows.length;
    copy.querySelectorAll('input, select').forEach(function (field) {
      field.name = field.name.replace(/^n_(\d+)_\d+_/, 'n_$1_' + next + '_');
      field.value = '';
    });
    last.parentNode.insertBefore(copy, last.nextSibling);
  });
});
