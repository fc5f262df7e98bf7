(function(){
  function key(cell, numeric){
    if (!cell) return null;
    var v = cell.getAttribute('data-sort');
    if (v === null) v = cell.textContent.trim();
    if (v === '') return null;
    return numeric ? parseFloat(v) : v.toLowerCase();
  }
  document.querySelectorAll('table.sortable th button').forEach(function(btn){
    btn.addEventListener('click', function(){
      var th = btn.parentNode, table = th.closest('table');
      var col = Array.prototype.indexOf.call(th.parentNode.children, th);
      var numeric = th.getAttribute('data-type') === 'num';
      var dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      table.querySelectorAll('th').forEach(function(h){ h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', dir);
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function(a, b){
        var x = key(a.cells[col], numeric), y = key(b.cells[col], numeric);
        if (x === null || y === null) return (x === null) - (y === null);
        var c = x < y ? -1 : x > y ? 1 : 0;
        return dir === 'ascending' ? c : -c;
      });
      rows.forEach(function(r){ body.appendChild(r); });
    });
  });
})();
