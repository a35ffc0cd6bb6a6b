(function(){
  document.body.classList.remove('nojs');
  var $ = function(id){ return document.getElementById(id); };
  var findings = Array.prototype.slice.call(document.querySelectorAll('article.finding'));
  var groups = document.querySelectorAll('section.sev-group');
  var docs = document.querySelectorAll('section.document');
  function apply(){
    var sev = {};
    document.querySelectorAll('input[name=severity]').forEach(function(c){ sev[c.value] = c.checked; });
    var rule = $('f-rule').value, doc = $('f-doc').value, status = $('f-status').value;
    var text = $('f-text').value.trim().toLowerCase();
    var shown = 0;
    findings.forEach(function(f){
      var d = f.dataset;
      var ok = sev[d.severity] && (!rule || d.rule === rule) && (!doc || d.doc === doc) &&
               (!status || d.status === status) && (!text || d.text.indexOf(text) >= 0);
      f.classList.toggle('hidden', !ok);
      if (ok) shown++;
    });
    groups.forEach(function(g){ g.classList.toggle('hidden', !g.querySelector('article.finding:not(.hidden)')); });
    docs.forEach(function(s){ s.classList.toggle('hidden', !s.querySelector('article.finding:not(.hidden)')); });
    $('f-shown').textContent = 'hiển thị / shown ' + shown + ' / ' + findings.length;
    $('f-none').classList.toggle('hidden', shown > 0 || findings.length === 0);
  }
  document.querySelectorAll('#filters input, #filters select').forEach(function(el){
    el.addEventListener(el.type === 'search' ? 'input' : 'change', apply);
  });
  $('f-reset').addEventListener('click', function(){
    document.querySelectorAll('input[name=severity]').forEach(function(c){ c.checked = true; });
    $('f-rule').value = ''; $('f-doc').value = ''; $('f-status').value = ''; $('f-text').value = '';
    apply();
  });
  document.querySelectorAll('button.copy').forEach(function(b){
    b.addEventListener('click', function(){
      var cmd = 'baocao review ' + b.dataset.id + ' --status confirmed --note ""';
      var ask = function(){ window.prompt('baocao', cmd); };
      var done = function(){
        b.textContent = 'đã chép / copied';
        setTimeout(function(){ b.textContent = 'sao chép / copy'; }, 1500);
      };
      if (navigator.clipboard) { navigator.clipboard.writeText(cmd).then(done, ask); } else { ask(); }
    });
  });
  apply();
})();
