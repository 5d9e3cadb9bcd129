// sitrep's web map. Every piece of data from the server is put on the page as text (textContent, text nodes,
// attributes): never as HTML, so that a report containing markup shows it instead of running it.
'use strict';
(function () {
  const TYPE_COLOURS = {
    'Battles': '#d62728',
    'Explosions/Remote violence': '#ff7f0e',
    'Violence against civilians': '#9467bd',
    'Protests': '#2ca02c',
    'Riots': '#8c564b',
    'Strategic developments': '#1f77b4'
  };
  const PAGE = 1000;
  const MAX_PAGES = 20;
  const DAY = 86400000;

  const state = { events: new Map(), brush: null, selected: null };

  // ---- map and its layers ----
  const map = L.map('map', { worldCopyJump: true, minZoom: 2, maxZoom: 14 }).setView([33, 38], 5);
  const countries = L.geoJSON(null, { interactive: false,
    style: { color: '#8d8d8d', weight: 1, fillColor: '#f4f1ea', fillOpacity: 1 } });
  const admin1 = L.geoJSON(null, { interactive: false,
    style: { color: '#9e9e9e', weight: .6, dashArray: '3 3', fill: false } });
  const osm = L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', { maxZoom: 18,
    attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors' });
  const clusters = L.markerClusterGroup({ maxClusterRadius: 35, showCoverageOnHover: false, spiderfyOnMaxZoom: true });
  const control = L.layerGroup();
  countries.addTo(map);
  admin1.addTo(map);
  clusters.addTo(map);
  control.addTo(map);
  L.control.layers(
    { 'Boundaries (offline, Natural Earth)': countries, 'OpenStreetMap (online)': osm },
    { 'Admin-1 boundaries': admin1, 'Events': clusters, 'Control observations': control }).addTo(map);
  map.attributionControl.addAttribution('Boundaries: Natural Earth');
  fetchJson('layers/countries.geojson').then(data => countries.addData(data));
  fetchJson('layers/admin1.geojson').then(data => admin1.addData(data));

  function fetchJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(response => {
      if (!response.ok) {
        return response.json().catch(() => ({})).then(body => { throw new Error(body.error || response.statusText); });
      }
      return response.json();
    });
  }

  function colour(type) {
    return TYPE_COLOURS[type] || '#607d8b';
  }

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  // ---- legend ----
  const legend = document.getElementById('legend');
  Object.entries(TYPE_COLOURS).forEach(([type, c]) => {
    const item = el('li');
    const swatch = el('span', null, 'swatch');
    swatch.style.background = c;
    item.append(swatch, document.createTextNode(type));
    legend.append(item);
  });
  legend.append(el('li', 'size: fatalities'));

  // ---- loading events ----
  const form = document.getElementById('filter-form');

  function filterParams() {
    const params = new URLSearchParams();
    new FormData(form).forEach((value, name) => {
      if (name !== 'in_view' && String(value).trim() !== '') params.set(name, String(value).trim());
    });
    if (form.elements.in_view.checked) {
      const b = map.getBounds();
      const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
      params.set('bbox', [clamp(b.getSouth(), -90, 90), clamp(b.getWest(), -180, 180),
        clamp(b.getNorth(), -90, 90), clamp(b.getEast(), -180, 180)].map(v => v.toFixed(4)).join(','));
    }
    return params;
  }

  async function load() {
    const params = filterParams();
    params.set('limit', PAGE);
    const events = new Map();
    let cursor = null;
    try {
      for (let page = 0; page < MAX_PAGES; page++) {
        if (cursor) params.set('cursor', cursor);
        const body = await fetchJson('api/events?' + params);
        body.events.forEach(e => events.set(e.event_id_cnty, e));
        cursor = body.next_cursor;
        if (!cursor) break;
      }
    } catch (error) {
      document.getElementById('counts').textContent = 'could not load events: ' + error.message;
      return;
    }
    state.events = events;
    state.brush = null;
    render(true);
  }

  function visible() {
    const all = Array.from(state.events.values());
    if (!state.brush) return all;
    return all.filter(e => e.event_date >= state.brush[0] && e.event_date <= state.brush[1]);
  }

  function render(fit) {
    const shown = visible();
    clusters.clearLayers();
    const markers = shown.filter(e => typeof e.latitude === 'number' && typeof e.longitude === 'number').map(markerFor);
    clusters.addLayers(markers);
    document.body.dataset.loaded = state.events.size;
    document.body.dataset.visible = shown.length;
    document.getElementById('counts').textContent = shown.length === state.events.size
      ? state.events.size + ' events' : shown.length + ' of ' + state.events.size + ' events';
    if (fit && markers.length > 0) {
      map.fitBounds(L.featureGroup(markers).getBounds().pad(0.2), { maxZoom: 8 });
    }
    drawHistogram();
  }

  function markerFor(e) {
    const size = Math.round(12 + Math.min(24, Math.sqrt(e.fatalities || 0) * 4));
    const dot = el('div', null, 'sitrep-marker' + (e.event_id_cnty === state.selected ? ' selected' : '') + (e.fresh ? ' fresh' : ''));
    dot.dataset.id = e.event_id_cnty;
    dot.style.background = colour(e.event_type);
    const icon = L.divIcon({ html: dot, className: 'sitrep-icon', iconSize: [size, size] });
    const marker = L.marker([e.latitude, e.longitude], { icon: icon,
      title: e.event_date + ' · ' + e.sub_event_type + ' · ' + (e.location || '') });
    marker.on('click', () => select(e.event_id_cnty));
    return marker;
  }

  form.addEventListener('submit', event => { event.preventDefault(); load(); });
  form.addEventListener('reset', () => setTimeout(load, 0));

  // ---- timeline histogram with a brush ----
  const svg = document.getElementById('histogram');
  const SVG = 'http://www.w3.org/2000/svg';
  let scale = null;

  function svgEl(tag, attributes) {
    const node = document.createElementNS(SVG, tag);
    Object.entries(attributes).forEach(([k, v]) => node.setAttribute(k, v));
    return node;
  }

  function dayOf(date) { return Date.parse(date + 'T00:00:00Z'); }
  function dateOf(ms) { return new Date(ms).toISOString().slice(0, 10); }

  function drawHistogram() {
    svg.replaceChildren();
    const dates = Array.from(state.events.values()).map(e => e.event_date).filter(Boolean).sort();
    if (dates.length === 0) { scale = null; return; }
    const first = dayOf(dates[0]);
    const last = dayOf(dates[dates.length - 1]);
    const days = Math.round((last - first) / DAY) + 1;
    const width = svg.clientWidth || 800;
    const height = 70;
    const bins = Math.min(days, Math.max(1, Math.floor(width / 4)));
    const binDays = Math.ceil(days / bins);
    const counts = new Array(Math.ceil(days / binDays)).fill(0);
    dates.forEach(d => { counts[Math.floor((dayOf(d) - first) / DAY / binDays)]++; });
    const max = Math.max(...counts);
    const barWidth = width / counts.length;
    scale = { first: first, binDays: binDays, barWidth: barWidth, bins: counts.length };
    counts.forEach((count, i) => {
      const from = dateOf(first + i * binDays * DAY);
      const to = dateOf(first + ((i + 1) * binDays - 1) * DAY);
      const inBrush = !state.brush || (to >= state.brush[0] && from <= state.brush[1]);
      const h = count === 0 ? 0 : Math.max(2, count / max * height);
      const bar = svgEl('rect', { x: i * barWidth + 1, y: height - h, width: Math.max(1, barWidth - 2), height: h,
        class: 'bar' + (inBrush ? '' : ' out') });
      const title = svgEl('title', {});
      title.textContent = (from === to ? from : from + ' – ' + to) + ': ' + count;
      bar.append(title);
      svg.append(bar);
    });
    const label = (text, x, anchor) => {
      const t = svgEl('text', { x: x, y: height + 12, 'text-anchor': anchor });
      t.textContent = text;
      svg.append(t);
    };
    label(dates[0], 0, 'start');
    label(dates[dates.length - 1], width, 'end');
    if (state.brush) {
      const x0 = binIndex(state.brush[0]) * barWidth;
      const x1 = (binIndex(state.brush[1]) + 1) * barWidth;
      svg.append(svgEl('rect', { x: x0, y: 0, width: Math.max(2, x1 - x0), height: height, class: 'brush' }));
    }
  }

  function binIndex(date) {
    return Math.max(0, Math.min(scale.bins - 1, Math.floor((dayOf(date) - scale.first) / DAY / scale.binDays)));
  }

  function dateAt(x) {
    const bin = Math.max(0, Math.min(scale.bins - 1, Math.floor(x / scale.barWidth)));
    return { from: dateOf(scale.first + bin * scale.binDays * DAY), to: dateOf(scale.first + ((bin + 1) * scale.binDays - 1) * DAY) };
  }

  let dragStart = null;
  svg.addEventListener('pointerdown', event => {
    if (!scale) return;
    svg.setPointerCapture(event.pointerId);
    dragStart = event.offsetX;
    setBrush(event.offsetX, event.offsetX);
  });
  svg.addEventListener('pointermove', event => {
    if (dragStart !== null) setBrush(dragStart, event.offsetX);
  });
  svg.addEventListener('pointerup', event => {
    if (dragStart === null) return;
    setBrush(dragStart, event.offsetX);
    dragStart = null;
    render(false);
  });

  function setBrush(x0, x1) {
    const a = dateAt(Math.min(x0, x1));
    const b = dateAt(Math.max(x0, x1));
    state.brush = [a.from, b.to];
    document.getElementById('brush-label').textContent = 'dates ' + a.from + ' to ' + b.to;
    document.getElementById('brush-clear').hidden = false;
    drawHistogram();
  }

  document.getElementById('brush-clear').addEventListener('click', () => {
    state.brush = null;
    document.getElementById('brush-label').textContent = 'drag on the timeline to choose dates';
    document.getElementById('brush-clear').hidden = true;
    render(false);
  });
  window.addEventListener('resize', drawHistogram);

  // ---- the event panel: coding, sources, the evidence in its document ----
  const panel = document.getElementById('event-panel');
  const CODING = ['event_date', 'event_type', 'sub_event_type', 'disorder_type', 'actor1', 'assoc_actor_1', 'actor2',
    'assoc_actor_2', 'interaction', 'location', 'admin1', 'country', 'latitude', 'longitude', 'geo_precision',
    'fatalities', 'injured', 'modality', 'claimed_by', 'weapons', 'source', 'num_sources', 'status', 'notes'];

  async function select(id) {
    state.selected = id;
    history.replaceState(null, '', '#event=' + encodeURIComponent(id));
    document.querySelectorAll('.sitrep-marker.selected').forEach(m => m.classList.remove('selected'));
    document.querySelectorAll('.sitrep-marker').forEach(m => { if (m.dataset.id === id) m.classList.add('selected'); });
    let event;
    try {
      event = await fetchJson('api/events/' + encodeURIComponent(id));
    } catch (error) {
      showPanelError('could not load event ' + id + ': ' + error.message);
      return;
    }
    panel.hidden = false;
    panel.dataset.event = id;
    document.getElementById('event-title').textContent = id + ' — ' + event.sub_event_type;
    const coding = document.getElementById('event-coding');
    coding.replaceChildren();
    CODING.forEach(field => {
      const value = event[field];
      if (value === null || value === undefined || value === '') return;
      coding.append(el('dt', field), el('dd', value + (event.edits && field in event.edits ? ' (edited)' : '')));
    });
    const sources = document.getElementById('event-sources');
    sources.replaceChildren();
    (event.sources || []).forEach(source => {
      const item = el('li');
      const head = el('div');
      head.append(el('strong', source.publisher || source.documentId), document.createTextNode(' ' + (source.published || '')));
      if (source.url && /^https?:\/\//i.test(source.url)) {
        const link = el('a', 'link');
        link.href = source.url;
        link.rel = 'noopener noreferrer';
        link.target = '_blank';
        head.append(document.createTextNode(' '), link);
      }
      item.append(head, el('div', 'why: ' + source.mergeReason), el('q', source.evidence, 'evidence-quote'));
      sources.append(item);
    });
    const first = (event.sources || [])[0];
    if (first) {
      showDocument(first.documentId, event.sources.filter(s => s.documentId === first.documentId));
    }
  }

  async function showDocument(documentId, sources) {
    const meta = document.getElementById('document-meta');
    const box = document.getElementById('document-text');
    box.replaceChildren();
    let doc;
    try {
      doc = await fetchJson('api/documents/' + encodeURIComponent(documentId));
    } catch (error) {
      meta.textContent = 'could not load document ' + documentId + ': ' + error.message;
      return;
    }
    meta.textContent = [doc.id, doc.title, doc.publisher, doc.published].filter(Boolean).join(' · ');
    const mine = sources.filter(s => s.evidenceStart !== null && s.evidenceEnd !== null)
      .map(s => ({ start: s.evidenceStart, end: s.evidenceEnd, own: true }));
    const others = (doc.evidence || []).filter(e => e.start !== null && e.end !== null
      && !mine.some(m => m.start === e.start && m.end === e.end)).map(e => ({ start: e.start, end: e.end, own: false }));
    const spans = mine.concat(others).sort((a, b) => a.start - b.start);
    let at = 0;
    let firstMark = null;
    spans.forEach(span => {
      if (span.start < at || span.end > doc.text.length) return; // overlapping or stale: the text stays plain
      box.append(document.createTextNode(doc.text.slice(at, span.start)));
      const mark = el('mark', doc.text.slice(span.start, span.end), span.own ? 'evidence' : 'other');
      if (span.own && !firstMark) firstMark = mark;
      box.append(mark);
      at = span.end;
    });
    box.append(document.createTextNode(doc.text.slice(at)));
    // scroll the document box only, so that the coding above stays in view
    if (firstMark) box.scrollTop = Math.max(0, firstMark.offsetTop - box.clientHeight / 3);
  }

  function showPanelError(message) {
    panel.hidden = false;
    document.getElementById('event-title').textContent = message;
  }

  document.getElementById('panel-close').addEventListener('click', () => {
    panel.hidden = true;
    state.selected = null;
    history.replaceState(null, '', '#');
  });

  // a link to #event=ID opens that event: shareable, and how a page elsewhere points at one
  function selectFromHash() {
    const match = /^#event=(.+)$/.exec(location.hash);
    if (match) select(decodeURIComponent(match[1]));
  }
  window.addEventListener('hashchange', selectFromHash);

  // ---- control observations ----
  fetchJson('api/control?limit=1000').then(body => {
    body.control.filter(c => typeof c.latitude === 'number' && typeof c.longitude === 'number').forEach(c => {
      const marker = L.circleMarker([c.latitude, c.longitude], { radius: 7, color: '#00695c', weight: 2, dashArray: '2 2', fillOpacity: .1 });
      const content = el('dl', null, 'control-popup');
      [['place', c.place], ['held by', c.holder], ['before', c.previous_holder], ['as of', c.as_of], ['evidence', c.evidence]]
        .filter(([, v]) => v).forEach(([k, v]) => content.append(el('dt', k), el('dd', v)));
      marker.bindPopup(content);
      control.addLayer(marker);
    });
  }).catch(() => { /* the map works without the control layer */ });

  // ---- live: events stored from now on ----
  /** The filters of the form applied to one live event, as the server applies them to a page. */
  function matchesFilters(e) {
    const f = filterParams();
    const has = (value, text) => !text || (value || '').toLowerCase().includes(text.toLowerCase());
    const country = f.get('country');
    if (country && e.country !== country && (e.country_code || '') !== country.toUpperCase()) return false;
    for (const field of ['admin1', 'event_type', 'sub_event_type', 'modality', 'status']) {
      if (f.get(field) && e[field] !== f.get(field)) return false;
    }
    if (f.get('from') && e.event_date < f.get('from')) return false;
    if (f.get('to') && e.event_date > f.get('to')) return false;
    if (f.get('min_fatalities') && !((e.fatalities || 0) >= Number(f.get('min_fatalities')))) return false;
    if (f.get('actor') && ![e.actor1, e.actor2, e.assoc_actor_1, e.assoc_actor_2].some(a => has(a, f.get('actor')))) return false;
    if (!has(e.source, f.get('source'))) return false;
    if (f.get('text') && !has(e.notes, f.get('text')) && !has(e.location, f.get('text'))) return false;
    if (f.get('bbox')) {
      const [south, west, north, east] = f.get('bbox').split(',').map(Number);
      if (!(e.latitude >= south && e.latitude <= north && e.longitude >= west && e.longitude <= east)) return false;
    }
    return e.status !== 'rejected' || f.get('status') === 'rejected';
  }

  const live = document.getElementById('live');
  const stream = new EventSource('api/stream');
  stream.addEventListener('open', () => { live.textContent = 'live'; live.className = 'live on'; });
  stream.addEventListener('error', () => { live.textContent = 'live: reconnecting'; live.className = 'live off'; });
  stream.addEventListener('event', message => {
    const event = JSON.parse(message.data);
    if (!matchesFilters(event)) return;
    event.fresh = true;
    state.events.set(event.event_id_cnty, event);
    live.textContent = 'live: ' + event.event_id_cnty + ' ' + event.sub_event_type;
    live.className = 'live flash';
    render(false);
  });

  load();
  selectFromHash();
})();
