/* kg view: search, filters, legend and details panel over a vis-network or sigma.js drawing.
 *
 * Safety: every piece of article text reaches the DOM through textContent or a
 * canvas; no innerHTML, no string-built markup, links only for http(s) URLs.
 */
(function () {
  'use strict';

  var DATA = JSON.parse(document.getElementById('kg-data').textContent);
  var NODES = DATA.nodes, EDGES = DATA.edges, DOCS = DATA.docs, SENTS = DATA.sentences, META = DATA.meta;

  var COLORS = {
    Person: '#e15759', Organization: '#4e79a7', Location: '#59a14f', Country: '#76b7b2',
    City: '#b07aa1', Group: '#edc948', Entity: '#9e9e9e', Event: '#f28e2b'
  };
  var DIM = '#e0e0e0';

  var T = {
    ar: {
      language: 'اللغة', search: 'ابحث عن اسم…', entityTypes: 'أنواع الكيانات', eventCategories: 'فئات الأحداث',
      dateRange: 'نطاق التاريخ', from: 'من', to: 'إلى', minConfidence: 'أدنى ثقة', sourceDocument: 'المصدر',
      legend: 'مفتاح الألوان', allDocs: 'كل الوثائق', event: 'حدث (معيّن)', eventSquare: 'حدث (مربّع)', nodes: 'عقد', edges: 'روابط',
      shown: 'معروضة', noResults: 'لا نتائج', type: 'النوع', links: 'روابط خارجية', sentences: 'جمل المصدر',
      neighbours: 'الجوار', documents: 'الوثائق', otherNames: 'أسماء أخرى', date: 'التاريخ', time: 'زمن النص',
      trigger: 'الفعل', modality: 'الصيغة', confidence: 'الثقة', cameo: 'رمز CAMEO', position: 'المنصب',
      notDrawn: 'هذه العقدة غير مرسومة في العرض المختصر؛ تفاصيلها هنا كاملة.',
      empty: 'الرسم البياني فارغ: لم يُعثر على كيانات أو أحداث.',
      reduced: 'العرض مختصر: تُرسم {shown} من أصل {total} عقدة، وهي الأكثر ارتباطاً. يمكن الوصول إلى كل العقد بالبحث.',
      Person: 'شخص', Organization: 'منظمة', Group: 'جماعة', Location: 'مكان', Country: 'دولة', City: 'مدينة', Entity: 'كيان',
      agent: 'الفاعل', target: 'المفعول به', participant: 'مشارك', place: 'المكان', reportedBy: 'أفاد به',
      leaderOf: 'زعيم', memberOf: 'عضو في', country: 'الدولة', locatedIn: 'يقع في', positionOf: 'منصب في',
      asserted: 'مؤكد', negated: 'منفي', planned: 'مخطط', hypothetical: 'افتراضي'
    },
    en: {
      language: 'Language', search: 'Search a name…', entityTypes: 'Entity types', eventCategories: 'Event categories',
      dateRange: 'Date range', from: 'From', to: 'To', minConfidence: 'Minimum confidence', sourceDocument: 'Source document',
      legend: 'Legend', allDocs: 'All documents', event: 'Event (diamond)', eventSquare: 'Event (square)', nodes: 'nodes', edges: 'edges',
      shown: 'shown', noResults: 'No results', type: 'Type', links: 'Links', sentences: 'Source sentences',
      neighbours: 'Neighbours', documents: 'Documents', otherNames: 'Other names', date: 'Date', time: 'Time as written',
      trigger: 'Trigger', modality: 'Modality', confidence: 'Confidence', cameo: 'CAMEO code', position: 'Position',
      notDrawn: 'This node is not drawn in the reduced view; its details are complete here.',
      empty: 'The graph is empty: no entities or events were found.',
      reduced: 'Reduced view: {shown} of {total} nodes are drawn, the most connected ones. Every node can be found by search.',
      Person: 'Person', Organization: 'Organization', Group: 'Group', Location: 'Location', Country: 'Country', City: 'City', Entity: 'Entity',
      agent: 'agent', target: 'target', participant: 'participant', place: 'place', reportedBy: 'reported by',
      leaderOf: 'leader of', memberOf: 'member of', country: 'country', locatedIn: 'located in', positionOf: 'position of',
      asserted: 'asserted', negated: 'negated', planned: 'planned', hypothetical: 'hypothetical'
    }
  };
  var CATS = {
    Agree: ['اتفاق', 'Agree'], Consult: ['تشاور', 'Consult'], Support: ['دعم', 'Support'], Concede: ['تنازل', 'Concede'],
    Cooperate: ['تعاون', 'Cooperate'], Aid: ['مساعدة', 'Aid'], Retreat: ['تراجع', 'Retreat'], Request: ['طلب', 'Request'],
    Accuse: ['اتهام', 'Accuse'], Reject: ['رفض', 'Reject'], Threaten: ['تهديد', 'Threaten'], Protest: ['احتجاج', 'Protest'],
    Sanction: ['عقوبة', 'Sanction'], Mobilize: ['تعبئة', 'Mobilize'], Coerce: ['إكراه', 'Coerce'], Assault: ['اعتداء', 'Assault'],
    Event: ['حدث', 'Event']
  };

  var state = {
    lang: META.lang === 'en' ? 'en' : 'ar', selected: -1, hiddenTypes: {}, hiddenCats: {},
    from: '', to: '', minConf: 0, doc: -1
  };
  var visibleNode = new Uint8Array(NODES.length);
  var visibleEdge = new Uint8Array(EDGES.length);
  var neighbourhood = null;   // Uint8Array of nodes around the selection, or null
  var adj = null;             // adjacency lists, built on first use

  function $(id) { return document.getElementById(id); }
  function t(key) { var v = T[state.lang][key]; return v === undefined ? key : v; }
  function el(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (attrs) for (var k in attrs) if (Object.prototype.hasOwnProperty.call(attrs, k)) e.setAttribute(k, attrs[k]);
    return e;
  }
  function isEvent(n) { return n.k === 'v'; }
  function typeName(n) { return isEvent(n) ? (CATS[n.t] || [n.t, n.t])[state.lang === 'ar' ? 0 : 1] : t(n.t); }
  function colorOf(n) { return isEvent(n) ? COLORS.Event : (COLORS[n.t] || COLORS.Entity); }
  function labelOf(n, lang) {
    lang = lang || state.lang;
    if (isEvent(n)) {
      var cat = (CATS[n.t] || [n.t, n.t])[lang === 'ar' ? 0 : 1];
      var own = lang === 'ar' ? (n.ar || n.trig || '') : n.en;
      return own ? cat + ': ' + own : cat;
    }
    // "≈": a machine romanisation of the Arabic name (kg:romanization), not a name from the sources
    var en = n.en && n.enx ? '\u2248 ' + n.en : n.en;
    return lang === 'ar' ? (n.ar || en) : (en || n.ar);
  }
  function eventDate(n) {
    if (n.date) return n.date.slice(0, 10);
    if (n.docs && n.docs.length) return (DOCS[n.docs[0]][3] || '').slice(0, 10);
    return '';
  }
  function buildAdj() {
    if (adj) return adj;
    adj = new Array(NODES.length);
    for (var i = 0; i < NODES.length; i++) adj[i] = [];
    for (var j = 0; j < EDGES.length; j++) { adj[EDGES[j][0]].push(j); adj[EDGES[j][1]].push(j); }
    return adj;
  }

  // ---- search ---------------------------------------------------------------------------
  var MARKS = /[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
  function norm(s) {
    s = String(s || '').normalize('NFKD').toLowerCase().replace(MARKS, '');
    s = s.replace(/[\u0671\u0672\u0673\u0675]/g, '\u0627').replace(/\u0649/g, '\u064a').replace(/\u0629/g, '\u0647');
    s = s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (!s) return '';
    return s.split(' ').map(function (w) {
      return (w.length > 3 && w.charAt(0) === '\u0627' && w.charAt(1) === '\u0644') ? w.slice(2) : w;
    }).join(' ');
  }
  var index = null;
  function buildIndex() {
    if (index) return index;
    index = new Array(NODES.length);
    for (var i = 0; i < NODES.length; i++) {
      var n = NODES[i], names = [n.ar, n.en].concat(n.alt || []);
      if (isEvent(n)) names.push(n.trig || '', CATS[n.t] ? CATS[n.t][0] : '', n.t);
      index[i] = '\u0001' + names.map(norm).filter(Boolean).join('\u0001') + '\u0001';
    }
    return index;
  }
  function search(q) {
    var nq = norm(q);
    if (!nq) return [];
    var idx = buildIndex(), hits = [];
    for (var i = 0; i < idx.length; i++) {
      var p = idx[i].indexOf(nq);
      if (p < 0) continue;
      var rank = idx[i].indexOf('\u0001' + nq + '\u0001') >= 0 ? 0 : (idx[i].charAt(p - 1) === '\u0001' ? 1 : 2);
      if (isEvent(NODES[i])) rank += 3;
      hits.push([rank, -(NODES[i].deg || 0), i]);
    }
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]; });
    return hits.slice(0, 30).map(function (h) { return h[2]; });
  }
  function showResults(list) {
    var ol = $('results');
    ol.textContent = '';
    if (!$('search').value.trim()) { ol.hidden = true; return; }
    if (!list.length) { ol.appendChild(el('li', t('noResults'))); ol.hidden = false; return; }
    list.forEach(function (i) {
      var n = NODES[i], li = el('li'), b = el('button', null, { type: 'button', 'data-node': String(i) });
      b.appendChild(el('span', labelOf(n), { dir: 'auto' }));
      b.appendChild(el('span', typeName(n), { 'class': 'kind' }));
      b.addEventListener('click', function () { ol.hidden = true; select(i, true); });
      li.appendChild(b);
      ol.appendChild(li);
    });
    ol.hidden = false;
  }

  // ---- filters --------------------------------------------------------------------------
  function nodePasses(i) {
    var n = NODES[i];
    if (n.dr === 0) return false;
    if (isEvent(n)) {
      if (state.hiddenCats[n.t]) return false;
      if (state.minConf > 0 && typeof n.conf === 'number' && n.conf < state.minConf) return false;
      if (state.from || state.to) {
        var d = eventDate(n);
        if (!d || (state.from && d < state.from) || (state.to && d > state.to)) return false;
      }
    } else if (state.hiddenTypes[n.t]) return false;
    if (state.doc >= 0 && (!n.docs || n.docs.indexOf(state.doc) < 0)) return false;
    return true;
  }
  function applyFilters() {
    var shownN = 0, shownE = 0;
    for (var i = 0; i < NODES.length; i++) { visibleNode[i] = nodePasses(i) ? 1 : 0; shownN += visibleNode[i]; }
    for (var j = 0; j < EDGES.length; j++) {
      var e = EDGES[j];
      var ok = visibleNode[e[0]] && visibleNode[e[1]] && !(state.minConf > 0 && typeof e[3] === 'number' && e[3] < state.minConf);
      visibleEdge[j] = ok ? 1 : 0; shownE += visibleEdge[j];
    }
    $('counts').textContent = shownN + ' / ' + META.total + ' ' + t('nodes') + ' · ' + shownE + ' ' + t('edges');
    if (renderer) renderer.refresh();
  }
  function buildFilters() {
    var types = {}, cats = {}, minD = '', maxD = '';
    NODES.forEach(function (n) {
      if (isEvent(n)) {
        cats[n.t] = (cats[n.t] || 0) + 1;
        var d = eventDate(n);
        if (d) { if (!minD || d < minD) minD = d; if (!maxD || d > maxD) maxD = d; }
      } else types[n.t] = (types[n.t] || 0) + 1;
    });
    function boxes(box, counts, hidden, swatch) {
      box.textContent = '';
      Object.keys(counts).sort().forEach(function (k) {
        var lab = el('label'), cb = el('input', null, { type: 'checkbox', 'data-value': k });
        cb.checked = !hidden[k];
        cb.addEventListener('change', function () { if (cb.checked) delete hidden[k]; else hidden[k] = 1; applyFilters(); });
        lab.appendChild(cb);
        lab.appendChild(swatch(k));
        lab.appendChild(el('span', (box.id === 'f-types' ? t(k) : (CATS[k] || [k, k])[state.lang === 'ar' ? 0 : 1]) + ' (' + counts[k] + ')'));
        box.appendChild(lab);
      });
    }
    boxes($('f-types'), types, state.hiddenTypes, function (k) { var s = el('span', null, { 'class': 'swatch' }); s.style.background = COLORS[k] || COLORS.Entity; return s; });
    boxes($('f-cats'), cats, state.hiddenCats, function () { var s = el('span', null, { 'class': META.renderer === 'sigma' ? 'swatch square' : 'swatch event' }); s.style.background = COLORS.Event; return s; });
    ['f-from', 'f-to'].forEach(function (id) { if (minD) { $(id).min = minD; $(id).max = maxD; } });
    var sel = $('f-doc'), keep = state.doc;
    sel.textContent = '';
    sel.appendChild(el('option', t('allDocs'), { value: '-1' }));
    DOCS.forEach(function (d, i) {
      var label = docName(d) + (d[3] ? ' (' + d[3].slice(0, 10) + ')' : '');
      sel.appendChild(el('option', label.length > 90 ? label.slice(0, 89) + '…' : label, { value: String(i), dir: 'auto' }));
    });
    sel.value = String(keep);
    var lg = $('legend');
    lg.textContent = '';
    Object.keys(types).sort().forEach(function (k) {
      var li = el('li'), s = el('span', null, { 'class': 'swatch' }); s.style.background = COLORS[k] || COLORS.Entity;
      li.appendChild(s); li.appendChild(el('span', t(k))); lg.appendChild(li);
    });
    var sq = META.renderer === 'sigma';
    var li = el('li'), s = el('span', null, { 'class': sq ? 'swatch square' : 'swatch event' }); s.style.background = COLORS.Event;
    li.appendChild(s); li.appendChild(el('span', t(sq ? 'eventSquare' : 'event'))); lg.appendChild(li);
  }
  function wireFilters() {
    $('f-from').addEventListener('change', function () { state.from = this.value; applyFilters(); });
    $('f-to').addEventListener('change', function () { state.to = this.value; applyFilters(); });
    $('f-conf').addEventListener('input', function () { state.minConf = parseFloat(this.value) || 0; $('f-conf-out').textContent = String(state.minConf); applyFilters(); });
    $('f-doc').addEventListener('change', function () { state.doc = parseInt(this.value, 10); applyFilters(); });
  }

  // ---- details panel --------------------------------------------------------------------
  function safeUrl(u) {
    try { var p = new URL(u); return (p.protocol === 'http:' || p.protocol === 'https:') ? p.href : null; } catch (e) { return null; }
  }
  function linkText(u) {
    var m = /wikidata\.org\/(?:entity|wiki)\/(Q\d+)/.exec(u);
    if (m) return 'Wikidata ' + m[1];
    m = /geonames\.org\/(\d+)/.exec(u);
    if (m) return 'GeoNames ' + m[1];
    try { return new URL(u).hostname; } catch (e) { return u; }
  }
  function docName(doc) {
    if (doc[1]) return doc[1];
    var tail = doc[0].split('/doc/').pop();
    try { return decodeURIComponent(tail); } catch (e) { return tail; }
  }
  function docLine(d) {
    var doc = DOCS[d];
    if (!doc) return '';
    return [docName(doc), doc[2], (doc[3] || '').slice(0, 10)].filter(Boolean).join(' · ');
  }
  function showPanel(i) {
    var n = NODES[i], body = $('panel-body'), other = state.lang === 'ar' ? 'en' : 'ar';
    body.textContent = '';
    body.appendChild(el('h2', labelOf(n), { dir: 'auto', id: 'panel-title' }));
    var second = labelOf(n, other);
    if (second && second !== labelOf(n)) body.appendChild(el('div', second, { dir: 'auto', 'class': 'other' }));
    var dl = el('dl');
    function row(k, v) { if (v === undefined || v === null || v === '') return; dl.appendChild(el('dt', t(k))); dl.appendChild(el('dd', v, { dir: 'auto' })); }
    row('type', typeName(n));
    if (isEvent(n)) {
      row('trigger', n.trig); row('date', n.date); row('time', n.time); row('modality', n.mod ? t(n.mod) : '');
      row('confidence', typeof n.conf === 'number' ? String(n.conf) : ''); row('cameo', n.cameo);
    }
    row('position', n.pos);
    body.appendChild(dl);
    body.appendChild(el('div', n.id, { 'class': 'iri', dir: 'ltr' }));
    if (n.dr === 0) body.appendChild(el('p', t('notDrawn'), { 'class': 'src' }));
    if (n.alt && n.alt.length) {
      body.appendChild(el('h3', t('otherNames')));
      var ul0 = el('ul'); n.alt.forEach(function (a) { ul0.appendChild(el('li', a, { dir: 'auto' })); }); body.appendChild(ul0);
    }
    var links = (n.same || []).map(safeUrl).filter(Boolean);
    if (links.length) {
      body.appendChild(el('h3', t('links')));
      var ul1 = el('ul');
      links.forEach(function (u) {
        var a = el('a', linkText(u), { target: '_blank', rel: 'noopener noreferrer', dir: 'ltr' });
        a.href = u;
        var li = el('li'); li.appendChild(a); ul1.appendChild(li);
      });
      body.appendChild(ul1);
    }
    if (n.s && n.s.length) {
      body.appendChild(el('h3', t('sentences')));
      n.s.forEach(function (si) {
        var s = SENTS[si];
        if (!s) return;
        body.appendChild(el('blockquote', s[0], { dir: 'auto', lang: s[1] || '', 'class': 'sentence' }));
        if (s[2] >= 0) body.appendChild(el('div', docLine(s[2]), { dir: 'auto', 'class': 'src' }));
      });
    }
    var edges = buildAdj()[i];
    if (edges.length) {
      body.appendChild(el('h3', t('neighbours') + ' (' + edges.length + ')'));
      var ul2 = el('ul');
      edges.slice(0, 200).forEach(function (j) {
        var e = EDGES[j], other2 = e[0] === i ? e[1] : e[0];
        var li = el('li'), b = el('button', labelOf(NODES[other2]), { type: 'button', 'class': 'link', dir: 'auto' });
        b.addEventListener('click', function () { select(other2, true); });
        li.appendChild(el('span', (e[0] === i ? t(e[2]) + ' → ' : '← ' + t(e[2])) + ' '));
        li.appendChild(b);
        ul2.appendChild(li);
      });
      body.appendChild(ul2);
    }
    if (n.docs && n.docs.length) {
      body.appendChild(el('h3', t('documents')));
      var ul3 = el('ul'); n.docs.forEach(function (d) { ul3.appendChild(el('li', docLine(d), { dir: 'auto' })); }); body.appendChild(ul3);
    }
    $('panel').hidden = false;
    if (renderer && renderer.resize) renderer.resize();
  }
  // An edge's panel: who -> what -> whom, its confidence, and the sentence that states it.
  function showEdgePanel(j) {
    var e = EDGES[j], body = $('panel-body');
    body.textContent = '';
    var title = el('h2', null, { id: 'panel-title', dir: 'auto' });
    title.textContent = labelOf(NODES[e[0]]) + ' → ' + t(e[2]) + ' → ' + labelOf(NODES[e[1]]);
    body.appendChild(title);
    var dl = el('dl');
    if (typeof e[3] === 'number') { dl.appendChild(el('dt', t('confidence'))); dl.appendChild(el('dd', String(e[3]))); }
    body.appendChild(dl);
    var s = SENTS[e[4]];
    if (s) {
      body.appendChild(el('h3', t('sentences')));
      body.appendChild(el('blockquote', s[0], { dir: 'auto', lang: s[1] || '', 'class': 'sentence' }));
      if (s[2] >= 0) body.appendChild(el('div', docLine(s[2]), { dir: 'auto', 'class': 'src' }));
    }
    [e[0], e[1]].forEach(function (i) {
      var b = el('button', labelOf(NODES[i]), { type: 'button', 'class': 'link', dir: 'auto' });
      b.addEventListener('click', function () { select(i, true); });
      var d = el('div'); d.appendChild(b); body.appendChild(d);
    });
    $('panel').hidden = false;
  }

  function select(i, focus) {
    state.selected = i;
    try { history.replaceState(null, '', '#node=' + encodeURIComponent(NODES[i].id)); } catch (e) { /* not allowed */ }
    neighbourhood = new Uint8Array(NODES.length);
    neighbourhood[i] = 1;
    buildAdj()[i].forEach(function (j) { neighbourhood[EDGES[j][0]] = 1; neighbourhood[EDGES[j][1]] = 1; });
    showPanel(i);
    if (renderer) { renderer.refresh(); if (focus && NODES[i].dr !== 0) renderer.focus(i); }
  }
  function clearSelection() {
    state.selected = -1; neighbourhood = null; $('panel').hidden = true;
    if (renderer) { renderer.refresh(); if (renderer.resize) renderer.resize(); }
  }

  // ---- language ---------------------------------------------------------------------------
  function setLang(lang) {
    state.lang = lang === 'en' ? 'en' : 'ar';
    document.documentElement.lang = state.lang;
    document.documentElement.dir = state.lang === 'ar' ? 'rtl' : 'ltr';
    $('lang').value = state.lang;
    Array.prototype.forEach.call(document.querySelectorAll('[data-t]'), function (e) { e.textContent = t(e.getAttribute('data-t')); });
    $('search').placeholder = t('search');
    var notice = $('notice');
    if (META.reduced) { notice.textContent = t('reduced').replace('{shown}', META.drawn).replace('{total}', META.total); notice.hidden = false; }
    else if (!NODES.length) { notice.textContent = t('empty'); notice.hidden = false; }
    buildFilters();
    applyFilters();
    if (renderer) renderer.relabel();
    if (state.selected >= 0) showPanel(state.selected);
  }

  // ---- renderers --------------------------------------------------------------------------
  function styleNode(i) {
    var n = NODES[i], dim = neighbourhood && !neighbourhood[i];
    return { color: dim ? DIM : colorOf(n), label: dim ? '' : labelOf(n), hidden: !visibleNode[i] };
  }
  function styleEdge(j) {
    var e = EDGES[j], dim = neighbourhood && !(e[0] === state.selected || e[1] === state.selected);
    return { hidden: !visibleEdge[j], color: dim ? '#eeeeee' : (neighbourhood ? '#546e7a' : '#b0bec5') };
  }
  function tooltip(n) {
    var box = el('div');
    box.appendChild(el('div', labelOf(n), { dir: 'auto', 'class': 'tip-name' }));
    box.appendChild(el('div', typeName(n), { 'class': 'tip-type' }));
    if (n.s && n.s.length && SENTS[n.s[0]]) box.appendChild(el('div', SENTS[n.s[0]][0], { dir: 'auto' }));
    return box;
  }

  function nodeColor(fill, selected) {
    var border = selected ? '#000000' : '#37474f';
    return { background: fill, border: border, highlight: { background: fill, border: '#000000' },
             hover: { background: fill, border: '#000000' } };
  }

  // vis-network's own fit() never zooms in past 1:1; fit the drawn nodes to the view instead.
  function fitAll(network, container) {
    var x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
    NODES.forEach(function (n) {
      if (n.dr === 0) return;
      if (n.x < x0) x0 = n.x; if (n.x > x1) x1 = n.x; if (n.y < y0) y0 = n.y; if (n.y > y1) y1 = n.y;
    });
    if (x0 === Infinity) return;
    var w = container.clientWidth || 800, h = container.clientHeight || 600;
    var scale = Math.min(w / (x1 - x0 + 160), h / (y1 - y0 + 120));
    network.moveTo({ position: { x: (x0 + x1) / 2, y: (y0 + y1) / 2 }, scale: Math.max(0.02, Math.min(scale, 2)), animation: false });
  }

  function visRenderer(container) {
    var vis = window.vis;
    var nodes = new vis.DataSet(NODES.map(function (n, i) {
      var st = styleNode(i);
      return {
        id: i, x: n.x, y: n.y, label: st.label, hidden: st.hidden, shape: isEvent(n) ? 'diamond' : 'dot',
        size: isEvent(n) ? 9 : 7 + Math.min(10, Math.sqrt(n.deg || 0) * 2), color: nodeColor(st.color, false),
        font: { size: 15, face: 'inherit', strokeWidth: 3, strokeColor: '#fafafa' }, title: tooltip(n)
      };
    }).filter(function (n, i) { return NODES[i].dr !== 0; }));
    var edges = new vis.DataSet(EDGES.map(function (e, j) {
      var c = e[6] || 0, st = styleEdge(j);
      return {
        id: j, from: e[0], to: e[1], arrows: { to: { enabled: true, scaleFactor: 0.5 } }, hidden: st.hidden,
        color: { color: st.color }, width: 1, label: t(e[2]), font: { size: 9, color: '#607d8b', strokeWidth: 2 },
        smooth: c ? { enabled: true, type: c > 0 ? 'curvedCW' : 'curvedCCW', roundness: Math.abs(c) } : false
      };
    }).filter(function (e) { return NODES[e.from].dr !== 0 && NODES[e.to].dr !== 0; }));
    var network = new vis.Network(container, { nodes: nodes, edges: edges }, {
      physics: { enabled: false }, layout: { improvedLayout: false },
      interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: NODES.length > 500, hideEdgesOnZoom: NODES.length > 500 },
      edges: { smooth: false }
    });
    fitAll(network, container);
    var drawn = false;
    network.on('afterDrawing', function () {
      if (!drawn) { drawn = true; markDrawn(); }
    });
    network.on('click', function (p) {
      if (p.nodes.length) select(p.nodes[0], false);
      else if (p.edges.length) showEdgePanel(p.edges[0]);
      else clearSelection();
    });
    return {
      refresh: function () {
        var nu = [], eu = [];
        nodes.forEach(function (d) { var st = styleNode(d.id); nu.push({ id: d.id, label: st.label, hidden: st.hidden, color: nodeColor(st.color, neighbourhood && d.id === state.selected) }); });
        edges.forEach(function (d) { var st = styleEdge(d.id); eu.push({ id: d.id, hidden: st.hidden, color: { color: st.color } }); });
        nodes.update(nu); edges.update(eu);
      },
      relabel: function () {
        var nu = [], eu = [];
        nodes.forEach(function (d) { nu.push({ id: d.id, label: styleNode(d.id).label, title: tooltip(NODES[d.id]) }); });
        edges.forEach(function (d) { eu.push({ id: d.id, label: t(EDGES[d.id][2]) }); });
        nodes.update(nu); edges.update(eu);
      },
      focus: function (i) { network.selectNodes([i]); network.focus(i, { scale: 1.2 }); },
      resize: function () { network.redraw(); },
      screenPosition: function (i) { var p = network.getPositions([i])[i]; return p ? network.canvasToDOM(p) : null; },
      zoomBy: function (f) { network.moveTo({ scale: network.getScale() * f }); },
      isHidden: function (i) { var d = nodes.get(i); return !d || !!d.hidden; },
      drawnLabel: function (i) { var d = nodes.get(i); return d ? d.label : null; },
      network: network
    };
  }

  function sigmaRenderer(container) {
    var K = window.KGSigma;
    var graph = new K.Graph({ multi: true, type: 'directed', allowSelfLoops: true });
    for (var i = 0; i < NODES.length; i++) {
      var n = NODES[i];
      if (n.dr === 0) continue;
      graph.addNode(String(i), {
        x: n.x, y: -n.y, size: isEvent(n) ? 3 : 2.5 + Math.min(8, Math.sqrt(n.deg || 0)),
        color: colorOf(n), label: labelOf(n), type: isEvent(n) ? 'square' : 'circle'
      });
    }
    for (var j = 0; j < EDGES.length; j++) {
      var e = EDGES[j];
      if (NODES[e[0]].dr === 0 || NODES[e[1]].dr === 0) continue;
      var c = e[6] || 0;
      graph.addDirectedEdgeWithKey(String(j), String(e[0]), String(e[1]),
        c ? { type: 'curved', curvature: c, size: 0.6, color: '#b0bec5' } : { type: 'arrow', size: 0.6, color: '#b0bec5' });
    }
    var sigma = new K.Sigma(graph, container, {
      nodeProgramClasses: { circle: K.NodeCircleProgram, square: K.NodeSquareProgram },
      edgeProgramClasses: { arrow: K.EdgeArrowProgram, curved: K.EdgeCurvedArrowProgram },
      defaultEdgeType: 'arrow', hideEdgesOnMove: NODES.length > 3000, labelRenderedSizeThreshold: 7,
      labelFont: '"Noto Sans Arabic", "Noto Sans", "DejaVu Sans", Arial, sans-serif', zIndex: true,
      nodeReducer: function (key, data) {
        var i = +key;
        if (!visibleNode[i]) return Object.assign({}, data, { hidden: true });
        if (!neighbourhood) return data;
        if (!neighbourhood[i]) return Object.assign({}, data, { color: DIM, label: '', zIndex: 0 });
        return Object.assign({}, data, { zIndex: 1, forceLabel: true, highlighted: i === state.selected });
      },
      edgeReducer: function (key, data) {
        var st = styleEdge(+key);
        if (st.hidden) return Object.assign({}, data, { hidden: true });
        if (!neighbourhood) return data;
        return Object.assign({}, data, { color: st.color });
      }
    });
    // Sigma renders its first frame synchronously in the constructor; mark it on the next frame.
    requestAnimationFrame(function () { markDrawn(); });
    sigma.on('clickNode', function (ev) { select(+ev.node, false); });
    var tip = el('div', null, { 'class': 'kg-tip' });
    tip.hidden = true;
    container.appendChild(tip);
    sigma.on('enterNode', function (ev) {
      tip.textContent = '';
      tip.appendChild(tooltip(NODES[+ev.node]));
      tip.style.left = (ev.event.x + 12) + 'px';
      tip.style.top = (ev.event.y + 12) + 'px';
      tip.hidden = false;
    });
    sigma.on('leaveNode', function () { tip.hidden = true; });
    sigma.on('clickStage', function () { clearSelection(); });
    return {
      refresh: function () { sigma.refresh(); },
      relabel: function () { graph.updateEachNodeAttributes(function (key, attr) { attr.label = labelOf(NODES[+key]); return attr; }, { attributes: ['label'] }); },
      focus: function (i) {
        var d = sigma.getNodeDisplayData(String(i));
        if (d) sigma.getCamera().animate({ x: d.x, y: d.y, ratio: 0.08 }, { duration: 250 });
      },
      resize: function () { sigma.resize(); sigma.refresh(); },
      screenPosition: function (i) {
        var a = graph.getNodeAttributes(String(i));
        return sigma.graphToViewport({ x: a.x, y: a.y });
      },
      zoomBy: function (f) { var cam = sigma.getCamera(); cam.setState({ ratio: cam.getState().ratio / f }); },
      isHidden: function (i) { var d = sigma.getNodeDisplayData(String(i)); return !d || !!d.hidden; },
      drawnLabel: function (i) { var d = sigma.getNodeDisplayData(String(i)); return d ? d.label : null; },
      sigma: sigma
    };
  }

  function markDrawn() {
    if (window.kgView.firstDraw !== null) return;
    window.kgView.firstDraw = performance.now();
    document.body.setAttribute('data-drawn', '1');
  }

  // ---- start ------------------------------------------------------------------------------
  var renderer = null;
  window.kgView = {
    firstDraw: null, search: search, norm: norm, select: function (i, focus) { select(i, focus !== false); },
    showEdge: function (j) { showEdgePanel(j); },
    visibleCount: function () { var c = 0; for (var i = 0; i < visibleNode.length; i++) c += visibleNode[i]; return c; },
    screenPosition: function (i) { return renderer ? renderer.screenPosition(i) : null; },
    zoomBy: function (f) { if (renderer) renderer.zoomBy(f); },
    isHidden: function (i) { return renderer ? renderer.isHidden(i) : true; },
    drawnLabel: function (i) { return renderer ? renderer.drawnLabel(i) : null; },
    indexOf: function (iri) { for (var i = 0; i < NODES.length; i++) if (NODES[i].id === iri) return i; return -1; },
    renderer: META.renderer, state: state
  };
  $('title').textContent = META.title;
  $('lang').addEventListener('change', function () { setLang(this.value); });
  var timer = null;
  $('search').addEventListener('input', function () {
    clearTimeout(timer);
    var q = this.value;
    timer = setTimeout(function () { showResults(search(q)); }, 120);
  });
  $('search').addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter') { var r = search(this.value); if (r.length) { $('results').hidden = true; select(r[0], true); } }
    if (ev.key === 'Escape') { $('results').hidden = true; }
    if (ev.key === 'ArrowDown') { var first = $('results').querySelector('button'); if (first) { ev.preventDefault(); first.focus(); } }
  });
  $('results').addEventListener('keydown', function (ev) {
    var buttons = Array.prototype.slice.call(this.querySelectorAll('button'));
    var k = buttons.indexOf(document.activeElement);
    if (ev.key === 'ArrowDown' && k >= 0 && k < buttons.length - 1) { ev.preventDefault(); buttons[k + 1].focus(); }
    if (ev.key === 'ArrowUp') { ev.preventDefault(); if (k > 0) buttons[k - 1].focus(); else $('search').focus(); }
    if (ev.key === 'Escape') { this.hidden = true; $('search').focus(); }
  });
  $('panel-close').addEventListener('click', clearSelection);
  wireFilters();
  setLang(state.lang);
  var container = $('graph');
  renderer = META.renderer === 'sigma' ? sigmaRenderer(container) : visRenderer(container);
  window.kgView.ready = true;
  // page.html#node=<IRI> opens with that node selected (a link to one node of the graph)
  function openFromHash() {
    var wanted = /^#node=(.+)$/.exec(location.hash);
    if (!wanted) return;
    var iri = '';
    try { iri = decodeURIComponent(wanted[1]); } catch (e) { iri = ''; }
    var at = window.kgView.indexOf(iri);
    if (at >= 0) select(at, true);
  }
  window.addEventListener('hashchange', openFromHash);
  openFromHash();
})();
