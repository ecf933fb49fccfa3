"""The little CSS and JavaScript the evidence report inlines (no network needed to open it): the
script filters and sorts the claims table, opens evidence, and links the network to the table,
setting text with ``textContent`` only."""
from __future__ import annotations


CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:1.5em;color:#222}[hidden]{display:none!important}
h1{font-size:1.5em}h2{font-size:1.2em;border-bottom:1px solid #ccc;margin-top:1.5em}
table.figures th{text-align:left;font-weight:normal;color:#555;padding-right:1em}
.tops{display:flex;gap:3em}.tops ol{margin:0}.n,.note{color:#777}
#filters form{display:flex;flex-wrap:wrap;gap:.6em 1.2em;align-items:center}
#filters select{max-width:14em}
#net-filter{background:#eef4ff;padding:.3em .6em;border-radius:3px;display:inline-block}
table#claims{border-collapse:collapse;width:100%}
#claims th{background:#f0f0f0;position:sticky;top:0;cursor:pointer;text-align:left;padding:3px 6px}
#claims th[data-dir=asc]::after{content:" ▲"}#claims th[data-dir=desc]::after{content:" ▼"}
#claims td{border-top:1px solid #e3e3e3;padding:3px 6px;vertical-align:top}
tbody.contested tr.row{background:#fff6e0}
.badge{background:#e8a33d;color:#fff;border-radius:3px;padding:0 4px;font-size:.85em}
.badge.hedged{background:#8a8ab8}
.cls{color:#6f8fb8;border:1px solid #b8c8de;border-radius:3px;padding:0 3px;font-size:.75em}
.pol.positive{color:#1a7f37}.pol.negative{color:#c62828}.pol.neutral{color:#666}
.toggle{border:none;background:none;cursor:pointer;font-size:1em}
tr.details td{background:#fafafa}
blockquote.sentence{margin:.3em 0;padding:.3em .6em;border-left:3px solid #bbb;background:#fff}
mark{padding:0 1px;border-radius:2px}mark.factor{background:#cfe3ff}mark.effect{background:#ffe08a}
mark.target{background:#c8f0c8}mark.factor.target{background:#e0d0ff}
.where,.how{color:#666;font-size:.85em}.how code{color:#444;background:#f0f0f0;padding:0 3px}.ids{color:#999}
.legend{display:flex;flex-wrap:wrap;gap:.3em 2em;font-size:.9em;margin:.4em 0}
.legend .key{margin-left:.8em;white-space:nowrap}.legend svg{vertical-align:middle}
.net-frame{overflow:auto;border:1px solid #ddd;background:#fff;max-width:100%}
svg.network{display:block;max-width:100%;height:auto}
svg.network text{font:11px "DejaVu Sans",Verdana,Arial,sans-serif;fill:#222;paint-order:stroke;
  stroke:#fff;stroke-width:3px;stroke-linejoin:round;cursor:pointer}
svg.network g.node{cursor:pointer}svg.network g.node circle{stroke:#fff;stroke-width:1}
svg.network path.edge{stroke-opacity:.8;pointer-events:none}
svg.network path.hit{stroke:transparent;stroke-width:9;fill:none;cursor:pointer}
svg.network .dim{opacity:.12}
svg.network g.node.selected circle{stroke:#000;stroke-width:2}
"""


SCRIPT = r"""
(function(){
var $=function(s){return document.querySelector(s)};
var all=function(s){return Array.prototype.slice.call(document.querySelectorAll(s))};
var bodies=all('tbody.claim');
var ids=['f-factor','f-target','f-type','f-polarity','f-lang','f-contested','f-noclass','f-text'];
var net=null;  // a node or an edge clicked in the network: {node: id} or {edge: key}, and what it is in words
function val(id){var e=document.getElementById(id);return e.type==='checkbox'?e.checked:e.value}
function edgeKey(d){return d.fid+'|'+d.tid+'|'+d.polarity+'|'+d.negated}
function keep(b){
  var d=b.dataset,f=val('f-factor'),t=val('f-target'),ty=val('f-type'),p=val('f-polarity'),l=val('f-lang');
  if(f&&d.factor!==f)return false;if(t&&d.target!==t)return false;
  if(ty&&d.ftype!==ty&&d.ttype!==ty)return false;if(p&&d.polarity!==p)return false;
  var langs=d.langs.split(' ');
  if(l==='zh'||l==='en'){if(langs.indexOf(l)<0)return false}
  else if(l){if(d.langs!==l.split('-')[0])return false}
  if(val('f-contested')&&d.contested!=='1')return false;
  if(val('f-noclass')&&d.class==='1')return false;
  if(net&&net.node&&d.fid!==net.node&&d.tid!==net.node)return false;
  if(net&&net.edge&&edgeKey(d)!==net.edge)return false;
  var q=val('f-text').trim().toLowerCase();if(q&&d.search.indexOf(q)<0)return false;
  return true}
function apply(){var n=0,keys={},concepts={};
  bodies.forEach(function(b){var k=keep(b);b.hidden=!k;
    if(k){n++;keys[edgeKey(b.dataset)]=1;concepts[b.dataset.fid]=1;concepts[b.dataset.tid]=1}});
  $('#shown').textContent=n+' of '+bodies.length+' claims shown';
  var everything=n===bodies.length;
  all('svg.network path.edge').forEach(function(e){e.classList.toggle('dim',!everything&&!keys[e.dataset.key])});
  all('svg.network g.node').forEach(function(g){g.classList.toggle('dim',!everything&&!concepts[g.dataset.id]);
    g.classList.toggle('selected',!!net&&net.node===g.dataset.id)});
  $('#net-filter').hidden=!net;$('#net-filter-what').textContent=net?net.what:''}
ids.forEach(function(id){var e=document.getElementById(id);e.addEventListener('input',apply);e.addEventListener('change',apply)});
$('#f-reset').addEventListener('click',function(){$('#filter-form').reset();net=null;apply()});
$('#net-clear').addEventListener('click',function(){net=null;apply()});
function pick(choice){net=choice;apply();$('#filters').scrollIntoView({block:'start'})}
all('svg.network g.node').forEach(function(g){
  var choose=function(){pick({node:g.dataset.id,what:'claims of '+g.dataset.name+' (as factor or target)'})};
  g.addEventListener('click',choose);
  g.addEventListener('keydown',function(ev){if(ev.key==='Enter'||ev.key===' '){ev.preventDefault();choose()}})});
all('svg.network path.hit').forEach(function(h){h.addEventListener('click',function(){
  pick({edge:h.dataset.key,what:h.querySelector('title').textContent})})});
$('#net-classes').addEventListener('change',function(){var on=$('#net-classes').checked;
  $('#net-plain').hidden=on;$('#net-full').hidden=!on});
function open(b,show){var r=b.querySelector('tr.details'),t=b.querySelector('.toggle');
  r.hidden=!show;t.setAttribute('aria-expanded',show);t.textContent=show?'▾':'▸'}
bodies.forEach(function(b){b.querySelector('.toggle').addEventListener('click',function(){
  open(b,b.querySelector('tr.details').hidden)})});
document.addEventListener('click',function(ev){var a=ev.target.closest&&ev.target.closest('a.claim-link');if(!a)return;
  var b=document.getElementById(a.getAttribute('href').slice(1));if(!b)return;
  ev.preventDefault();b.hidden=false;open(b,true);b.scrollIntoView({block:'center'})});
all('#claims th[data-sort]').forEach(function(th){th.addEventListener('click',function(){
  var key=th.dataset.sort,num=th.dataset.num==='1',dir=th.dataset.dir==='asc'?'desc':'asc';
  all('#claims th').forEach(function(h){delete h.dataset.dir});th.dataset.dir=dir;
  var s=dir==='asc'?1:-1,tab=$('#claims');
  bodies.slice().sort(function(a,b){var x=a.dataset[key],y=b.dataset[key];
    return s*(num?(+x)-(+y):x.localeCompare(y))}).forEach(function(b){tab.appendChild(b)})})});
apply();
})();
"""
