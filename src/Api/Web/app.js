// Delegation's two pages: the intake form and the plan page. Plain DOM, no framework, no build step.
// Every value from the user or the server goes into the page as text (textContent, setAttribute),
// never as markup: the CSP forbids inline script, and nothing here ever parses HTML.
'use strict';

(() => {
  const SVG = 'http://www.w3.org/2000/svg';

  /** Creates an element; strings and numbers among the children become text nodes. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG, tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }

  function setAttrs(node, attrs) {
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value !== null && value !== undefined && value !== false) {
        node.setAttribute(name, value === true ? '' : String(value));
      }
    }
  }

  function append(node, children) {
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }

  // ---------------------------------------------------------------- intake form

  const SUGGESTIONS = [
    { name: 'Scheduling appointments', category: 'admin', repetitive: true, involvesClientInfo: true },
    { name: 'Paperwork and forms', category: 'admin', repetitive: true, involvesClientInfo: true },
    { name: 'Billing and insurance claims', category: 'billing', repetitive: true, involvesClientInfo: true },
    { name: 'Email inbox', category: 'admin', repetitive: true, involvesClientInfo: true },
    { name: 'Social media', category: 'marketing', repetitive: false, involvesClientInfo: false },
    { name: 'Email newsletters', category: 'marketing', repetitive: true, involvesClientInfo: false },
    { name: 'Website updates', category: 'tech', repetitive: false, involvesClientInfo: false },
    { name: 'Sending intake forms', category: 'onboarding', repetitive: true, involvesClientInfo: true },
    { name: 'Follow-up messages', category: 'onboarding', repetitive: true, involvesClientInfo: true },
  ];
  const STRESS_WORDS = ['', 'hardly any', 'a little', 'some', 'a lot', 'dread it'];
  const CONFIDENCE_WORDS = ['', 'not at all', 'a little', 'fairly', 'quite', 'fully'];

  function intakePage() {
    const form = document.getElementById('intake');
    const list = document.getElementById('task-list');
    const template = document.getElementById('task-row');
    const status = document.getElementById('form-status');
    const submit = document.getElementById('submit');
    const summary = document.getElementById('error-summary');
    const suggestions = document.getElementById('suggestions');
    // One key per form load: a double click or a retry of this submission is the same plan.
    const idempotencyKey = newKey();
    let rowSeq = 0;

    fillTimeZones(document.getElementById('practice-timezone'));

    for (const s of SUGGESTIONS) {
      const button = el('button', { type: 'button', class: 'chip', 'data-suggestion': s.name }, s.name);
      button.addEventListener('click', () => {
        addRow(s, true);
        button.disabled = true;
      });
      suggestions.append(el('li', null, button));
    }

    document.getElementById('add-task').addEventListener('click', () => addRow(null, true));
    // "/?update={planId}&token=…" from the manage page: the same form, filled in with the plan's current intake,
    // sent as an update of that plan. Loading it changes nothing; only the owner's submit does.
    const query = new URLSearchParams(window.location.search);
    const update = query.get('update') && query.get('token') ? { planId: query.get('update'), token: query.get('token') } : null;
    // What the form has no field for (each task's notes, custom weights and rates) is carried over as it was.
    let carried = null;
    if (update) {
      document.querySelector('h1').textContent = 'Update your plan';
      document.querySelector('.lede').textContent = 'Change what has changed and send it: your plan is worked out again as its next version. '
        + 'Everyone you registered stays registered, what was handed over stays handed over, and new work joins the next phase.';
      submit.textContent = 'Update my plan';
      submit.disabled = true;
      loadCurrent();
    } else {
      addRow(null, false);
    }

    async function loadCurrent() {
      say('Loading your current answers…');
      try {
        const response = await fetch(`/api/plans/${encodeURIComponent(update.planId)}/intake?token=${encodeURIComponent(update.token)}`,
          { headers: { Accept: 'application/json' }, cache: 'no-store' });
        if (!response.ok) {
          const problem = await response.json().catch(() => ({}));
          say(`${problem.title || 'Your current answers could not be loaded'}. ${problem.detail || ''}`.trim());
          return;
        }
        fill(await response.json());
        say('Your current answers are filled in.');
        submit.disabled = false;
      } catch {
        say('We could not reach the server. Check your connection and reload the page.');
      }
    }

    function fill(intake) {
      const set = (path, v) => { const input = form.querySelector(`[data-path="${path}"]`); if (input && v !== null && v !== undefined) input.value = String(v); };
      const p = intake.practice || {};
      for (const key of ['name', 'ownerName', 'email', 'timeZone', 'country', 'sessionFee', 'clientHoursPerWeek']) set(`practice.${key}`, p[key]);
      for (const [key, v] of Object.entries(p.systems || {})) set(`practice.systems.${key}`, v);
      const b = intake.budget || {};
      set('budget.monthly', b.monthly);
      set('budget.currency', b.currency);
      set('budget.oneTime', b.oneTime);
      const pref = intake.preferences || {};
      set('preferences.startWith', pref.startWith);
      set('preferences.checkInDay', pref.checkInDay);
      set('preferences.checkInTime', pref.checkInTime);
      form.querySelector('[data-path="preferences.shareClientLoad"]').checked = !!pref.shareClientLoad;
      if (pref.associatePayShare !== null && pref.associatePayShare !== undefined) set('preferences.associatePayShare', Math.round(pref.associatePayShare * 100));
      list.replaceChildren();
      for (const t of intake.tasks || []) {
        const row = addRow(null, false);
        const field = f => row.querySelector(`[data-field=${f}]`);
        field('name').value = t.name;
        field('category').value = t.category;
        const once = t.oneTimeHours !== null && t.oneTimeHours !== undefined;
        field('frequency').value = once ? 'once' : 'weekly';
        field('frequency').dispatchEvent(new Event('change'));
        field('hoursPerWeek').value = String(once ? t.oneTimeHours : t.hoursPerWeek);
        for (const f of ['stress', 'confidence']) {
          field(f).value = String(t[f]);
          field(f).dispatchEvent(new Event('input'));
        }
        field('repetitive').checked = !!t.repetitive;
        field('involvesClientInfo').checked = !!t.involvesClientInfo;
        if (t.notes) row.dataset.notes = t.notes;
      }
      if (!list.children.length) addRow(null, false);
      numberRows();
      carried = { weights: pref.weights ?? null, rates: pref.rates ?? null };
    }

    function addRow(suggestion, focus) {
      // A suggestion fills the first untouched empty row rather than leaving it dangling.
      let row = suggestion ? [...list.children].find(r => !r.querySelector('[data-field=name]').value.trim()) : null;
      if (!row) {
        row = template.content.firstElementChild.cloneNode(true);
        const n = ++rowSeq;
        for (const input of row.querySelectorAll('[data-field]')) {
          const field = input.dataset.field;
          const id = `task-${n}-${field}`;
          input.id = id;
          row.querySelector(`[data-for=${field}]`).setAttribute('for', id);
          const error = row.querySelector(`[data-error=${field}]`);
          if (error) {
            error.id = `${id}-error`;
          }
          if (input.type === 'range') {
            const output = row.querySelector(`[data-output=${field}]`);
            output.setAttribute('for', id);
            const words = field === 'stress' ? STRESS_WORDS : CONFIDENCE_WORDS;
            const show = () => {
              output.textContent = `${input.value} · ${words[input.value]}`;
              input.setAttribute('aria-valuetext', `${input.value} of 5, ${words[input.value]}`);
            };
            input.addEventListener('input', show);
            show();
          }
        }
        row.querySelector('.remove').addEventListener('click', () => removeRow(row));
        // One hours field: a week of recurring work, or the whole of a one-off job.
        const frequency = row.querySelector('[data-field=frequency]');
        frequency.addEventListener('change', () => {
          row.querySelector('[data-for=hoursPerWeek]').textContent = frequency.value === 'once' ? 'Hours in all' : 'Hours a week';
        });
        list.append(row);
      }
      if (suggestion) {
        row.dataset.suggestion = suggestion.name;
        row.querySelector('[data-field=name]').value = suggestion.name;
        row.querySelector('[data-field=category]').value = suggestion.category;
        row.querySelector('[data-field=repetitive]').checked = suggestion.repetitive;
        row.querySelector('[data-field=involvesClientInfo]').checked = suggestion.involvesClientInfo;
      }
      numberRows();
      if (focus) {
        row.querySelector(suggestion ? '[data-field=hoursPerWeek]' : '[data-field=name]').focus();
      }
      return row;
    }

    function removeRow(row) {
      const name = row.dataset.suggestion;
      const next = row.nextElementSibling || row.previousElementSibling;
      row.remove();
      if (name) {
        const chip = suggestions.querySelector(`[data-suggestion="${CSS.escape(name)}"]`);
        if (chip) chip.disabled = false;
      }
      numberRows();
      // Heard by screen readers, not shown: the row vanishing is the visible answer.
      document.getElementById('row-status').textContent = `Task removed. ${list.children.length} left.`;
      (next ? next.querySelector('[data-field=name]') : document.getElementById('add-task')).focus();
    }

    function numberRows() {
      [...list.children].forEach((row, i) => {
        const name = row.querySelector('[data-field=name]').value.trim();
        row.querySelector('.task-legend').textContent = `Task ${i + 1}`;
        // The accessible name starts with the visible text, "Remove task", so speech users can say what they see.
        row.querySelector('.remove').setAttribute('aria-label', `Remove task ${i + 1}${name ? `, ${name}` : ''}`);
      });
    }

    list.addEventListener('input', e => {
      if (e.target.dataset.field === 'name') numberRows();
    });

    form.addEventListener('submit', async e => {
      e.preventDefault();
      if (submit.disabled) return;
      clearErrors();
      const errors = validate();
      if (Object.keys(errors).length) {
        showErrors(errors);
        return;
      }
      submit.disabled = true;
      submit.setAttribute('aria-busy', 'true');
      say('Sending your answers…');
      try {
        if (update) {
          const body = collect();
          if (carried) Object.assign(body.preferences, carried);
          const response = await fetch(`/api/plans/${encodeURIComponent(update.planId)}/intake?token=${encodeURIComponent(update.token)}`, {
            method: 'PUT',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
            body: JSON.stringify(body),
          });
          if (response.status === 202 || response.status === 200) {
            say(response.status === 200 ? 'Nothing changed: your plan stays as it is.' : 'Thank you. Your updated plan is on its way…');
            window.location.assign(`/plans/${encodeURIComponent(update.planId)}`);
            return;
          }
          const problem = await response.json().catch(() => ({}));
          showErrors(problem.errors || { $: [[problem.title, problem.detail].filter(Boolean).join('. ') || `The server answered ${response.status}.`] });
          submit.disabled = false;
          submit.removeAttribute('aria-busy');
          return;
        }
        const response = await fetch('/api/intake', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey, Accept: 'application/json' },
          body: JSON.stringify(collect()),
        });
        if (response.status === 202) {
          const accepted = await response.json();
          say('Thank you. Your plan is on its way…');
          window.location.assign(`/plans/${encodeURIComponent(accepted.planId)}`);
          return;
        }
        const problem = await response.json().catch(() => ({}));
        showErrors(problem.errors || { $: [problem.title || `The server answered ${response.status}.`] });
      } catch {
        showErrors({ $: ['We could not reach the server. Check your connection and try again.'] });
      }
      submit.disabled = false;
      submit.removeAttribute('aria-busy');
    });

    function collect() {
      const value = path => form.querySelector(`[data-path="${path}"]`);
      const number = input => (input.value.trim() === '' ? null : Number(input.value));
      return {
        practice: {
          name: value('practice.name').value,
          ownerName: value('practice.ownerName').value,
          email: value('practice.email').value.trim(),
          timeZone: value('practice.timeZone').value,
          country: value('practice.country').value.trim().toUpperCase() || null,
          sessionFee: number(value('practice.sessionFee')),
          clientHoursPerWeek: number(value('practice.clientHoursPerWeek')),
          systems: systems(),
        },
        budget: {
          monthly: number(value('budget.monthly')),
          currency: value('budget.currency').value || null,
          oneTime: number(value('budget.oneTime')),
        },
        tasks: [...list.children].map(row => {
          const field = f => row.querySelector(`[data-field=${f}]`);
          const once = field('frequency').value === 'once';
          return {
            name: field('name').value,
            category: field('category').value,
            hoursPerWeek: once ? null : number(field('hoursPerWeek')),
            oneTimeHours: once ? number(field('hoursPerWeek')) : null,
            stress: Number(field('stress').value),
            confidence: Number(field('confidence').value),
            repetitive: field('repetitive').checked,
            involvesClientInfo: field('involvesClientInfo').checked,
            notes: row.dataset.notes || null,
          };
        }),
        preferences: {
          startWith: Number(value('preferences.startWith').value),
          checkInDay: value('preferences.checkInDay').value,
          shareClientLoad: value('preferences.shareClientLoad').checked,
          checkInTime: value('preferences.checkInTime').value || null,
          associatePayShare: value('preferences.shareClientLoad').checked && number(value('preferences.associatePayShare')) !== null
            ? number(value('preferences.associatePayShare')) / 100 : null,
        },
      };
    }

    /** The systems the therapist named, or null when none: the server treats a blank name as not given. */
    function systems() {
      const named = {};
      for (const key of ['ehr', 'billing', 'email', 'phone', 'website']) {
        const text = form.querySelector(`[data-path="practice.systems.${key}"]`).value.trim();
        if (text) named[key] = text;
      }
      return Object.keys(named).length ? named : null;
    }

    // Quick feedback only; the server validates everything again and has the last word.
    function validate() {
      const errors = {};
      const add = (path, message) => (errors[path] = errors[path] || []).push(message);
      const intake = collect();
      const required = (path, text) => { if (!text || !text.trim()) add(path, 'Required.'); };
      const range = (path, n, min, max, exclusive) => {
        if (n === null || Number.isNaN(n)) add(path, 'Required.');
        else if (n > max || (exclusive ? n <= min : n < min)) add(path, `Must be ${exclusive ? 'more than' : 'at least'} ${min} and at most ${max}.`);
      };
      required('practice.name', intake.practice.name);
      required('practice.ownerName', intake.practice.ownerName);
      if (!intake.practice.email) add('practice.email', 'Required.');
      else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(intake.practice.email)) add('practice.email', 'Must be an email address such as ana@example.com.');
      required('practice.timeZone', intake.practice.timeZone);
      range('practice.sessionFee', intake.practice.sessionFee, 0, 1000000);
      range('practice.clientHoursPerWeek', intake.practice.clientHoursPerWeek, 0, 80);
      range('budget.monthly', intake.budget.monthly, 0, 1000000);
      Object.entries(intake.practice.systems || {}).forEach(([key, text]) => {
        if (text.length > 60) add(`practice.systems.${key}`, 'Must be at most 60 characters.');
      });
      if (intake.tasks.length === 0) add('tasks', 'List at least one task: pick a common one or add your own.');
      intake.tasks.forEach((t, i) => {
        required(`tasks[${i}].name`, t.name);
        if (t.oneTimeHours !== null) range(`tasks[${i}].oneTimeHours`, t.oneTimeHours, 0, 500, true);
        else range(`tasks[${i}].hoursPerWeek`, t.hoursPerWeek, 0, 80, true);
      });
      return errors;
    }

    /** Finds the input for a JSON path such as "practice.name" or "tasks[2].hoursPerWeek". */
    function fieldFor(path) {
      const task = /^tasks\[(\d+)\](?:\.(\w+))?$/.exec(path);
      if (task) {
        const row = list.children[Number(task[1])];
        if (!row) return null;
        // A one-off job's hours are typed into the same field as a week's.
        const field = task[2] === 'oneTimeHours' ? 'hoursPerWeek' : task[2];
        return field ? row.querySelector(`[data-field="${field}"]`) : row.querySelector('[data-field=name]');
      }
      return form.querySelector(`[data-path="${CSS.escape(path)}"]`);
    }

    function showErrors(errors) {
      const items = [];
      let first = null;
      for (const [path, messages] of Object.entries(errors)) {
        const text = [].concat(messages).join(' ');
        const input = path === 'tasks' ? null : fieldFor(path);
        const errorEl = path === 'tasks' ? document.getElementById('tasks-error')
          : input ? document.getElementById(`${input.id}-error`) : null;
        const label = input ? labelOf(input) : path === 'tasks' ? 'Tasks' : 'Your answers';
        if (errorEl) {
          errorEl.textContent = text;
          errorEl.hidden = false;
        }
        if (input) {
          input.setAttribute('aria-invalid', 'true');
          const described = (input.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
          if (errorEl && !described.includes(errorEl.id)) described.push(errorEl.id);
          input.setAttribute('aria-describedby', described.join(' '));
          first = first || input;
        }
        const target = input ? `#${input.id}` : path === 'tasks' ? '#tasks-fieldset' : null;
        items.push(el('li', null, target ? el('a', { href: target }, `${label}: ${text}`) : `${label}: ${text}`));
      }
      const errorList = document.getElementById('error-list');
      errorList.replaceChildren(...items);
      summary.hidden = false;
      say(`${items.length} ${items.length === 1 ? 'answer needs' : 'answers need'} another look.`);
      (first || summary).focus();
    }

    function clearErrors() {
      summary.hidden = true;
      for (const p of form.querySelectorAll('.field-error')) {
        p.hidden = true;
        p.textContent = '';
      }
      for (const input of form.querySelectorAll('[aria-invalid]')) {
        input.removeAttribute('aria-invalid');
        const described = input.getAttribute('aria-describedby').split(' ').filter(id => !id.endsWith('-error'));
        if (described.length) input.setAttribute('aria-describedby', described.join(' '));
        else input.removeAttribute('aria-describedby');
      }
    }

    summary.addEventListener('click', e => {
      const link = e.target.closest('a[href^="#"]');
      if (!link) return;
      e.preventDefault();
      const target = document.getElementById(link.getAttribute('href').slice(1));
      if (target) target.focus();
    });

    function say(text) {
      status.textContent = text;
    }
  }

  function labelOf(input) {
    const label = input.id ? document.querySelector(`label[for="${CSS.escape(input.id)}"]`) : null;
    const row = input.closest('.task');
    const own = label ? [...label.childNodes].filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent).join('').trim() : input.dataset.path;
    return row ? `${row.querySelector('.task-legend').textContent}, ${own.toLowerCase()}` : own;
  }

  function fillTimeZones(select) {
    const here = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    const all = [...new Set([here, 'UTC', ...zones])].sort();
    select.replaceChildren(...all.map(z => el('option', { value: z, selected: z === here }, z.replaceAll('_', ' '))));
    select.value = here;
  }

  function newKey() {
    if (window.crypto && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
    // randomUUID exists only in secure contexts; plain http on a LAN address still has getRandomValues.
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return [...bytes].map(b => b.toString(16).padStart(2, '0')).join('');
  }

  // ---------------------------------------------------------------- plan page

  const STAGES = [
    ['Received', 'Answers received'],
    ['RankingTasks', 'Ranking your tasks'],
    ['MatchingSupport', 'Matching support within your budget'],
    ['WritingSops', 'Writing a guide for each handover'],
    ['SchedulingCheckIns', 'Scheduling check-ins'],
    ['WritingHiringKits', 'Writing a hiring kit for each role'],
    ['SendingPlan', 'Saving and emailing your plan'],
    ['PlanSent', 'Plan sent'],
  ];
  const ROLE_TITLES = {
    VirtualAssistant: 'Virtual assistant',
    BillingSpecialist: 'Billing specialist',
    MarketingSupport: 'Marketing support',
    TechProfessional: 'Tech professional',
    AssociateTherapist: 'Associate therapist',
  };
  // How Core's SharedSessions.KeptLead begins the reason a clinical task stays although the owner shares the load.
  const SHARED_KEPT_LEAD = 'Clinical work that stays with you, although you chose to share your client load:';
  const capitalised = text => text.charAt(0).toUpperCase() + text.slice(1);
  const CATEGORY_TITLES = {
    admin: 'Admin', billing: 'Billing', marketing: 'Marketing', tech: 'Tech', onboarding: 'Client onboarding', clinical: 'Clinical',
  };
  const CADENCE_TITLES = { Weekly: 'Every week', Biweekly: 'Every two weeks', Monthly: 'Once a month', UntilHandOver: 'Until the hand-over' };

  function planPage() {
    const planId = decodeURIComponent(window.location.pathname.split('/').filter(Boolean).pop() || '');
    const status = document.getElementById('plan-status');
    const progress = document.getElementById('progress');
    const stages = document.getElementById('stages');
    const container = document.getElementById('plan');
    let lastStage = null;

    poll();

    async function poll() {
      let response;
      try {
        response = await fetch(`/api/plans/${encodeURIComponent(planId)}`, { headers: { Accept: 'application/json' }, cache: 'no-store' });
      } catch {
        status.textContent = 'We lost the connection for a moment. Trying again…';
        setTimeout(poll, 3000);
        return;
      }
      if (response.status === 404) {
        status.textContent = "We couldn't find this plan. Check the link in your email.";
        return;
      }
      if (!response.ok) {
        status.textContent = 'Something went wrong on our side. Trying again…';
        setTimeout(poll, 3000);
        return;
      }
      const plan = await response.json();
      if (plan.status === 'Planning') {
        showProgress(plan.stage);
        setTimeout(poll, 1000);
        return;
      }
      progress.hidden = true;
      if (plan.status === 'Failed') {
        status.textContent = `We couldn't finish this plan: ${plan.error || 'an unexpected problem'}. Nothing was emailed. Please try the form again.`;
        return;
      }
      if (!Array.isArray(plan.tasks)) {
        status.textContent = `This plan is ${plan.status.toLowerCase()}.`;
        return;
      }
      renderPlan(plan, container);
      status.textContent = plan.status === 'Active'
        ? `Your plan is ready and on its way to ${plan.practice.email}.`
        : `This plan is ${plan.status.toLowerCase()}.`;
      container.hidden = false;
    }

    function showProgress(stage) {
      progress.hidden = false;
      if (stage === lastStage) return;
      lastStage = stage;
      const at = Math.max(0, STAGES.findIndex(([name]) => name === stage));
      stages.replaceChildren(...STAGES.map(([name, title], i) => el('li', {
        class: i < at ? 'done' : i === at ? 'current' : 'todo',
        'data-stage': name,
        'aria-current': i === at ? 'step' : null,
      }, el('span', { class: 'visually-hidden' }, i < at ? 'Done: ' : i === at ? 'Now: ' : 'Next: '), title)));
      status.textContent = `${STAGES[at][1]}…`;
    }
  }

  function renderPlan(plan, container) {
    // The server's way of writing money (Money.Format): the sign of the currency, two decimals, US digit grouping,
    // so the page and the email show the same figure for the same amount.
    const money = amount => new Intl.NumberFormat('en-US', { style: 'currency', currency: plan.totals.currency, minimumFractionDigits: 2, maximumFractionDigits: 2 })
      .format(amount).replace(/\u00a0/g, ' ');
    const number = n => new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(n);
    const hours = h => `${number(h)} h`;
    const hoursInWords = h => `${number(h)} ${h === 1 ? 'hour' : 'hours'}`;
    const taskName = id => (plan.tasks.find(t => t.taskId === id) || { name: id }).name;
    const delegated = plan.tasks.filter(t => t.role);
    const kept = plan.tasks.filter(t => !t.role);
    const t = plan.totals;
    const budgetLines = plan.supportMix.filter(line => line.monthlyRevenue == null);
    const associates = plan.supportMix.filter(line => line.monthlyRevenue != null);
    // Each engaged role's hiring kit, beside the role it hires for (older plans have none).
    const kits = Array.isArray(plan.hiringKits) ? plan.hiringKits : [];
    const kitLink = role => {
      const kit = kits.find(k => k.role === role);
      return kit ? el('span', { class: 'meta' },
        el('a', { href: safePath(kit.url), class: 'kit' }, kit.title), ' · ',
        el('a', { href: `${safePath(kit.url)}?format=md` }, `${kit.title} (Markdown)`)) : null;
    };
    const size = task => task.oneTimeHours != null ? `${hours(task.oneTimeHours)}, one-off` : `${hours(task.hoursPerWeek)}/week`;

    document.getElementById('plan-title').textContent = `${plan.practice.name}: your delegation plan`;
    document.title = `Delegation — ${plan.practice.name}`;

    const sections = [];
    // The first month is phase 1, as the email says: its support and the projects it hands over.
    const phase1Projects = plan.tasks.filter(x => x.phase === 1 && x.oneTimeCost != null).reduce((sum, x) => sum + x.oneTimeCost, 0);
    sections.push(section('summary', 'In short',
      el('p', { class: 'headline' },
        delegated.length
          ? `Hand over ${delegated.length} ${delegated.length === 1 ? 'task' : 'tasks'} and free about ${hoursInWords(t.hoursFreedPerWeek)} a week, for ${money(t.monthlyCost)} a month of your ${money(t.monthlyBudget)} budget.`
          // As the email tells them apart: a budget that covers nothing yet, or tasks no support may take.
          : Array.isArray(plan.nextSteps) && plan.nextSteps.length
            ? `Nothing fits your budget of ${money(t.monthlyBudget)} yet. The ranking below shows where help would matter most.`
            // A clinical-only plan has no figures for an associate, so it names none, as the email does.
            : plan.clinicalOnly
              ? 'Every task you listed is clinical, and clinical work stays with you.'
              : 'None of the tasks you listed can go to the support this plan draws on: clinical work stays with you unless you choose to share your client load with an associate therapist.'),
      delegated.length && t.laterPhasesNote ? el('p', null, t.laterPhasesNote) : null,
      plan.unspentNote ? el('p', { class: 'note' }, plan.unspentNote) : null,
      // Its own line with the form's full address, as the email gives it: a bare "/" read as a stray marker (round 14).
      plan.unspentNote ? el('p', null, el('a', { href: new URL('/', window.location.href).href }, 'Start a new plan on the form')) : null,
      t.oneTimeCost > 0 ? el('p', null, t.oneTimeBudgetFromMonth
        ? `One-off projects: ${money(t.oneTimeCost)} once, paid from what your first month's budget leaves (${money(t.oneTimeBudget)}), as you gave no separate one-off budget.`
        : `One-off projects: ${money(t.oneTimeCost)} once, of the ${money(t.oneTimeBudget)} you can spend once.`) : null,
      phase1Projects > 0 && t.phase1MonthlyCost > 0
        // As the email says (PlanEmailContent.FirstMonthIf): phase 2 may start inside the first month.
        ? el('p', null, `Your first month (phase 1): ${money(t.phase1MonthlyCost + phase1Projects)} in all, ${money(t.phase1MonthlyCost)} of support and ${money(phase1Projects)} of projects${t.phase1MonthlyCost < t.monthlyCost ? (t.earliestFirstMonthNote ? ', if phase 2 starts in month 2.' + t.earliestFirstMonthNote.replace(/\.$/, '') : ', if phase 2 starts in month 2; if your check-ins start it sooner, its weeks inside month 1 add to this') : ''}.`) : null,
      t.phase1Note ? el('p', { class: 'note' }, t.phase1Note) : null,
      budgetLines.some(l => l.hoursPerWeek > 0) ? chart(plan, money, hours) : null));

    // Clinical work kept by rule has nothing to gain from letting go: it is listed as staying with you, not ranked.
    const ranked = plan.tasks.filter(task => !(task.category === 'clinical' && !task.delegable));
    // Unscored, so not in rank order: the biggest first, as the email lists them.
    const staysWithYou = plan.tasks.filter(task => task.category === 'clinical' && !task.delegable).sort((a, b) => b.hoursPerWeek - a.hoursPerWeek);
    if (ranked.length) sections.push(section('ranking', 'Your tasks, ranked',
      el('p', { class: 'hint' }, 'Higher scores mean more to gain from letting go: time (up to 40), stress (25), low confidence (20), repetition (15).'),
      el('div', { class: 'table-wrap' }, el('table', { class: 'tasks' },
        el('caption', { class: 'visually-hidden' }, 'Tasks ranked by score'),
        el('thead', null, el('tr', null, ['#', 'Task', 'Score', 'Why', 'Who'].map(h => el('th', { scope: 'col' }, h)))),
        el('tbody', null, ranked.map((task, i) => el('tr', { 'data-task': task.taskId },
          el('td', { 'data-label': '#' }, i + 1),
          el('th', { scope: 'row', 'data-label': 'Task' }, task.name,
            el('span', { class: 'meta' }, `${CATEGORY_TITLES[task.category] || task.category} · ${size(task)}`)),
          el('td', { 'data-label': 'Score' }, el('strong', { class: 'score' }, scoreText(task.score)), ' ', breakdown(task.scoreBreakdown, task.score, task.scoreParts)),
          el('td', { 'data-label': 'Why' }, task.reason, task.roleReason ? el('span', { class: 'meta' }, task.roleReason) : null),
          el('td', { 'data-label': 'Who' }, task.role
            ? [ROLE_TITLES[task.role] || task.role,
              el('span', { class: 'meta' }, task.oneTimeCost != null ? `phase ${task.phase} · ${money(task.oneTimeCost)} once` : `phase ${task.phase}`)]
            // A kept project the monthly budget will pay for says when, as the email does, from the plan's one sentence.
            : el('span', { class: 'kept' }, task.waits ? task.waits[0].toUpperCase() + task.waits.slice(1) : task.delegable ? 'You, for now' : 'You')))))))));

    if (staysWithYou.length) {
      sections.push(section('stays', 'Stays with you',
        // A clinical-only plan names no associate: it has no figures to size one.
        el('p', { class: 'hint' }, plan.clinicalOnly
          ? `${staysWithYou.length === 1 ? 'It is' : 'They are'} never handed to non-clinical support.`
          : 'Clinical work stays with you: it is never handed to non-clinical support; only an associate therapist may share it, if you choose to share your client load.'),
        el('ul', { class: 'plain' }, staysWithYou.map(task => el('li', { 'data-task': task.taskId }, el('strong', null, task.name),
          el('span', { class: 'meta' }, ` ${CATEGORY_TITLES[task.category] || task.category} · ${size(task)}`),
          // An owner who chose to share the load is told why each stayed, as the email says (SharedSessions.KeptLead in Core).
          task.reason && task.reason.startsWith(SHARED_KEPT_LEAD) ? el('p', { class: 'hint' }, capitalised(task.reason.slice(SHARED_KEPT_LEAD.length + 1))) : null)))));
    }

    const keptElsewhere = kept.filter(task => !(task.category === 'clinical' && !task.delegable));
    if (keptElsewhere.length) {
      // A project the set-aside leftover pays for later is not kept for good: the heading says it waits.
      sections.push(section('kept', keptElsewhere.some(task => task.waits) ? 'What you keep, what waits, and why' : 'What you keep, and why',
        // Clinical work that stays is one line, as in the email, not the same sentence per task.
        el('ul', { class: 'plain' },
          keptElsewhere.filter(task => task.category !== 'clinical').map(task => el('li', null, el('strong', null, task.name), ' — ', task.keptReason || task.reason)),
          keptElsewhere.some(task => task.category === 'clinical')
            ? el('li', null, el('strong', null, keptElsewhere.filter(task => task.category === 'clinical').map(task => task.name).join(', ')),
              ' — clinical work stays with you: it is never handed to non-clinical support; only an associate therapist may share it, if you choose to share your client load.')
            : null)));
    }

    if (budgetLines.length) {
      const remaining = t.monthlyBudget - t.monthlyCost;
      sections.push(section('support', 'Support within your budget',
        el('div', { class: 'table-wrap' }, el('table', { class: 'support' },
          el('thead', null, el('tr', null, ['Role', 'Hours a week', 'Rate', 'Each month', 'Once'].map((h, i) => el('th', { scope: 'col', class: i ? 'num' : null }, h)))),
          el('tbody', null, budgetLines.map(line => el('tr', null,
            el('th', { scope: 'row', 'data-label': 'Role' }, ROLE_TITLES[line.role] || line.role,
              line.note ? el('span', { class: 'meta' }, line.note) : null, kitLink(line.role)),
            el('td', { 'data-label': 'Hours a week', class: 'num' }, line.hoursPerWeek > 0 ? hours(line.hoursPerWeek) : '—'),
            el('td', { 'data-label': 'Rate', class: 'num' }, `${money(line.hourlyRate)}/h`),
            el('td', { 'data-label': 'Each month', class: 'num' }, money(line.monthlyCost)),
            el('td', { 'data-label': 'Once', class: 'num' }, line.oneTimeCost > 0 ? `${money(line.oneTimeCost)} (${hours(line.oneTimeHours)})` : '—')))),
          el('tfoot', null,
            el('tr', null, el('th', { scope: 'row', colspan: 3 }, 'Total'), el('td', { class: 'num' }, money(t.monthlyCost)), el('td', { class: 'num' }, money(t.oneTimeCost))),
            el('tr', null, el('th', { scope: 'row', colspan: 3 }, 'Your budget'), el('td', { class: 'num' }, money(t.monthlyBudget)), el('td', { class: 'num' }, t.oneTimeBudgetFromMonth ? 'none given' : money(t.oneTimeBudget))),
            el('tr', null, el('th', { scope: 'row', colspan: 3 }, 'What your budget leaves'), el('td', { class: 'num' }, money(remaining)), el('td', { class: 'num' }, t.oneTimeBudgetFromMonth ? '—' : money(t.oneTimeBudget - t.oneTimeCost))))))));
    }

    if (associates.length) {
      sections.push(section('associate', 'An associate therapist, paid from their sessions',
        el('ul', { class: 'plain' }, associates.map(line => el('li', null,
          el('strong', null, `${hours(line.hoursPerWeek)} of sessions a week`),
          ` bring in about ${money(line.monthlyRevenue)} a month at your self-pay fee; their pay is about ${money(line.monthlyCost)}, leaving ${money(line.netMonthly)} to the practice${plan.tasks.some(t => t.taskId === 'credential-new-associate') ? " at that fee; once they are credentialed, an insured session brings in the insurer's rate instead, often less" : ''}.`,
          line.note ? el('p', { class: 'hint' }, line.note) : null, kitLink(line.role))))));
    }

    if (Array.isArray(plan.freeSteps) && plan.freeSteps.length) {
      const revisit = plan.revisitOn ? formatDate(plan.revisitOn, plan.practice.country) + (plan.revisitTime ? ` at ${plan.revisitTime}` : '') : null;
      sections.push(section('free', 'Free first steps',
        el('ul', { class: 'plain' }, plan.freeSteps.map(step => el('li', null, step)),
          revisit ? el('li', null, plan.clinicalOnly
            ? `List the admin around your sessions on ${revisit}, if you have not started a new plan by then: the scheduling, paperwork, billing and inbox work each session brings, with the hours it takes.`
            : `Revisit your delegation budget on ${revisit}, about three months from this plan, so you have twelve weeks of notes by then. Until then, note each week how many hours each admin task takes you, so on that day you can see which one costs you the most; once the free steps above are in place, you can look sooner.`) : null)));
    }

    if (Array.isArray(plan.nextSteps) && plan.nextSteps.length) {
      sections.push(section('next', 'What more would buy',
        // With nothing handed over, the email's sentence on how the numbered options add up, said here too.
        plan.totals && plan.totals.optionsNote ? el('p', null, plan.totals.optionsNote) : null,
        el('ul', { class: 'plain' }, plan.nextSteps.flatMap((step, i) => [
          el('li', null, plan.totals && plan.totals.optionsNote ? `Option ${i + 1}: ${step.text}` : step.text),
          // The percentage billing service, beside the option it is the other way to (as the email says it).
          plan.claimsOptionNote && plan.claimsOption === i + 1 ? el('li', null, plan.claimsOptionNote) : null]))));
    }

    const phases = [...new Set(delegated.map(task => task.phase))].sort((a, b) => a - b);
    if (phases.length) {
      sections.push(section('phases', 'One step at a time',
        el('ol', { class: 'phases' }, phases.map(p => el('li', null,
          el('strong', null, p === 1 ? 'Phase 1 — start here' : `Phase ${p}`),
          el('ul', null, delegated.filter(task => task.phase === p).map(task => el('li', null, `${task.name} → ${(ROLE_TITLES[task.role] || task.role).toLowerCase()}`))))))));
    }

    if (plan.sops.length) {
      sections.push(section('sops', 'Step-by-step guides (SOPs)',
        el('p', { class: 'hint' }, 'Share each guide with the person who takes the task over.'),
        el('ul', { class: 'plain links' }, plan.sops.map(sop => el('li', null,
          el('a', { href: safePath(sop.url), class: 'sop' }, sop.title),
          el('span', { class: 'meta' }, ` version ${sop.version} · `),
          el('a', { href: `${safePath(sop.url)}?format=md`, class: 'meta' }, 'Markdown'))))));
    }

    if (plan.checkIns.length) {
      const { timeZone, country } = plan.practice;
      const when = { format: d => formatDate(d.toISOString(), country, { timeZone, time: true }) };
      const day = { format: d => formatDate(d.toISOString(), country, { style: 'short', timeZone }) };
      // A holiday's date is a calendar date, not an instant: the same date everywhere.
      const dateOnly = { format: d => formatDate(d.toISOString().slice(0, 10), country, { style: 'short' }) };
      // Meetings a public holiday moved, from the kickoff through the year's series.
      const movedOf = ci => [ci.kickoff, ...(ci.firstWeeks || []), ...(ci.moved || [])].filter(m => m && m.movedFrom);
      sections.push(section('checkins', 'Check-ins',
        el('p', { class: 'hint' }, `Times are in ${plan.practice.timeZone.replaceAll('_', ' ')}.`),
        // Before anyone is hired, how every kickoff is set is said once here; each role then gives its hour and rhythm.
        plan.checkInsNote ? el('p', { class: 'checkins-note' }, plan.checkInsNote) : null,
        el('ul', { class: 'plain checkins' }, plan.checkIns.map(ci => el('li', null,
          // Before a hire the rule below says the whole rhythm, so the heading does not say half of it first.
          el('strong', null, ROLE_TITLES[ci.role] || ci.role), !ci.kickoff && ci.starts ? ' — first meeting: ' : ` — ${CADENCE_TITLES[ci.cadence] || ci.cadence}. Next: `,
          // A role nobody has taken yet has no next check-in: new Date(null) would print 1970.
          ci.nextAt ? el('time', { datetime: ci.nextAt }, when.format(new Date(ci.nextAt))) : 'once you register who took the role',
          // Before the hire is registered the series is a rule, not dates: the page says the same as the email.
          // A weekly role keeps the first weeks' rhythm, so "weekly for four weeks; then every week" would say nothing.
          // A one-off project's role meets once more, at the hand-over, as its calendar does.
          !ci.kickoff && ci.starts ? el('p', { class: 'series' }, plan.checkInsNote && ci.time ? `Kickoff at ${ci.time}; then ` : `Kickoff ${ci.starts}; then `,
            ci.cadence === 'Weekly' ? 'weekly.' : ci.cadence === 'UntilHandOver' ? 'one hand-over review two weeks later, and none after it.' : `weekly for four weeks; then ${(CADENCE_TITLES[ci.cadence] || ci.cadence).toLowerCase()}.`) : null,
          ci.kickoff ? el('p', { class: 'series' },
            'Kickoff ', el('time', { datetime: ci.kickoff.at }, day.format(new Date(ci.kickoff.at))),
            ci.cadence === 'UntilHandOver' ? ', then the hand-over review ' : ', then weekly ', ...(ci.firstWeeks || []).flatMap((w, i) => [i ? ', ' : '', el('time', { datetime: w.at }, day.format(new Date(w.at)))]),
            ci.cadenceFrom && ci.cadence !== 'UntilHandOver' ? [`, then ${(CADENCE_TITLES[ci.cadence] || ci.cadence).toLowerCase()} from `, el('time', { datetime: ci.cadenceFrom }, day.format(new Date(ci.cadenceFrom)))] : '',
            '.') : null,
          // The email's lines for each kind of meeting; older answers without them keep the standing agenda.
          ...(Array.isArray(ci.agendas) ? ci.agendas.map(a => el('p', { class: 'agenda' }, a)) : [el('p', { class: 'agenda' }, ci.agenda)]),
          movedOf(ci).length
            ? el('ul', { class: 'moved' }, movedOf(ci).map(m => el('li', null,
              `Moved from ${dateOnly.format(new Date(`${m.movedFrom}T12:00:00Z`))} (${m.holiday}) to `, el('time', { datetime: m.at }, day.format(new Date(m.at))), '.')))
            : null,
          Array.isArray(ci.history) && ci.history.length
            ? el('details', { class: 'history' }, el('summary', null, `Past check-ins (${ci.history.length})`),
              el('ul', null, ci.history.map(h => el('li', null, record(h, plan.practice.timeZone, plan.practice.country)))))
            : null)))));
    }

    if (Array.isArray(plan.reports) && plan.reports.length) {
      sections.push(section('reports', 'Monthly reports',
        el('ul', { class: 'plain' }, plan.reports.map(r => el('li', null, record(r, plan.practice.timeZone, plan.practice.country))))));
    }

    // The email's closing line on training and agreements before anyone touches client information.
    if (plan.agreementLine) {
      sections.push(section('privacy', 'Before anyone sees client information', el('p', null, plan.agreementLine)));
    }

    container.replaceChildren(...sections);
  }

  function section(id, title, ...children) {
    return el('section', { id: `plan-${id}`, 'aria-labelledby': `plan-${id}-title`, class: 'card' },
      el('h2', { id: `plan-${id}-title` }, title), children);
  }

  // Scores read as whole numbers, as the email writes them (ScoreWords.cs): "59.8" claims a precision that
  // 1-to-5 ratings do not have. Equal-looking scores keep their rank order from the exact values.
  const scoreText = n => new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(n);

  // Whole parts that add up to the whole score shown ("43 = time 5 + stress 19 + low confidence 19"). The plan sends them
  // (PlanTask.ScoreParts), so a 3/5 stress reads the same on every task; a plan without them falls back to rounding each
  // part down and giving the points left over to the largest remainders, so the sum never reads one off.
  function breakdown(b, total, whole) {
    if (whole) {
      const shown = [['time', whole.time], ['stress', whole.stress], ['low confidence', whole.lowConfidence], ['repetitive', whole.repetitive]];
      return el('span', { class: 'meta breakdown' }, shown.filter(([, v]) => v > 0).map(([k, v]) => `${k} ${v}`).join(' + ') || 'no factors');
    }
    const parts = [['time', b.time], ['stress', b.stress], ['low confidence', b.lowConfidence], ['repetitive', b.repetitive]]
      .filter(([, v]) => v > 0).map(([k, v]) => ({ k, v, whole: Math.floor(v) }));
    let left = Math.round(total) - parts.reduce((sum, p) => sum + p.whole, 0);
    for (const p of [...parts].sort((a, c) => (c.v - c.whole) - (a.v - a.whole))) {
      if (left <= 0) break;
      p.whole += 1;
      left -= 1;
    }
    return el('span', { class: 'meta breakdown' }, parts.filter(p => p.whole > 0).map(p => `${p.k} ${p.whole}`).join(' + ') || 'no factors');
  }

  // Countries that write the month first (the same list as src/Core/Locale/DateWords.cs).
  const MONTH_FIRST = new Set(['US', 'PR', 'GU', 'VI', 'AS', 'MP', 'UM', 'CA']);

  // Every date an owner reads, the practice's country's way: "Wednesday, March 3, 2027" / "Wed, Mar 3" in the US,
  // "Wednesday 3 March 2027" / "Wed 3 Mar" elsewhere. `value` is an instant (shown in `timeZone`) or a
  // calendar date "YYYY-MM-DD" (the same date everywhere). Parts come from en-US so names never vary by browser.
  function formatDate(value, country, { style = 'full', timeZone = 'UTC', time = false } = {}) {
    const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
    const at = new Date(dateOnly ? `${value}T12:00:00Z` : value);
    const zone = dateOnly ? 'UTC' : timeZone;
    const long = style === 'full';
    const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
      timeZone: zone, weekday: long ? 'long' : 'short', day: 'numeric', month: long ? 'long' : 'short', year: 'numeric',
      hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    }).formatToParts(at).map(p => [p.type, p.value]));
    const monthFirst = MONTH_FIRST.has(String(country || '').toUpperCase());
    const date = monthFirst
      ? `${parts.weekday}, ${parts.month} ${parts.day}${long ? `, ${parts.year}` : ''}`
      : `${parts.weekday} ${parts.day} ${parts.month}${long ? ` ${parts.year}` : ''}`;
    return time && !dateOnly ? `${date}, ${parts.hour}:${parts.minute}` : date;
  }

  // Check-in history and reports come from later features; render any flat record as labelled values.
  function record(item, timeZone, country) {
    if (item === null || typeof item !== 'object') return String(item);
    const when = { format: d => formatDate(d.toISOString(), country, { style: 'short', timeZone, time: true }) };
    const entries = Object.entries(item).filter(([, v]) => v !== null && typeof v !== 'object');
    return el('dl', { class: 'record' }, entries.map(([k, v]) => {
      const isDate = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v));
      const value = k === 'url' && typeof v === 'string' ? el('a', { href: safePath(v) }, 'Open') : isDate ? when.format(new Date(v)) : String(v);
      return [el('dt', null, k.replace(/([A-Z])/g, ' $1').toLowerCase()), el('dd', null, value)];
    }));
  }

  // Links in the plan are the server's own paths; anything else (a javascript: URL) is not made a link target.
  function safePath(url) {
    return typeof url === 'string' && url.startsWith('/') && !url.startsWith('//') ? url : '#';
  }

  /** Hours handed over each week next to what each role costs a month, with the budget marked. */
  function chart(plan, money, hours) {
    const t = plan.totals;
    // The total row is where the budget line means something; the role rows show where the money goes.
    // An associate is paid from their sessions, not the budget, so the chart shows only the budget's roles.
    // Role rows are hours handed over; the total row is their sum, so the rows add up to it (round 12 readers saw
    // "Virtual assistant 5 h / All support 4 h"). Time given back, net of what the SOPs leave with the owner, is the caption's.
    const roleLines = plan.supportMix.filter(l => l.monthlyRevenue == null && l.hoursPerWeek > 0);
    const handedOver = roleLines.reduce((sum, l) => sum + l.hoursPerWeek, 0);
    const lines = [...roleLines, { role: 'All support', hoursPerWeek: handedOver, monthlyCost: t.monthlyCost, total: true }];
    // Labels sit above their bars so the chart stays narrow enough to read on a phone.
    const rowH = 52, barW = 140, room = 60, gap = 16, top = 24, width = (barW + room) * 2 + gap;
    const height = top + lines.length * rowH + 22;
    const maxHours = Math.max(...lines.map(l => l.hoursPerWeek), 1);
    const maxMoney = Math.max(t.monthlyBudget, ...lines.map(l => l.monthlyCost), 1);
    const costX = barW + room + gap;
    const title = `Hours handed over each week and monthly cost, by role. In total ${hours(handedOver)} a week handed over, ${hours(t.hoursFreedPerWeek)} given back, for ${money(t.monthlyCost)} a month; budget ${money(t.monthlyBudget)}.`;
    const budgetX = costX + (t.monthlyBudget / maxMoney) * barW;
    return el('figure', { class: 'chart' },
      svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': 'chart-title' },
        svg('title', { id: 'chart-title' }, title),
        svg('text', { x: 0, y: 14, class: 'axis' }, 'Hours handed over a week'),
        svg('text', { x: costX, y: 14, class: 'axis' }, 'Cost a month'),
        lines.map((l, i) => {
          const y = top + i * rowH;
          const hw = Math.max(2, (l.hoursPerWeek / maxHours) * barW);
          const cw = Math.max(2, (l.monthlyCost / maxMoney) * barW);
          return svg('g', { class: l.total ? 'total' : null },
            svg('text', { x: 0, y: y + 14, class: 'label' }, ROLE_TITLES[l.role] || l.role),
            svg('rect', { x: 0, y: y + 20, width: hw, height: 18, rx: 4, class: 'bar-hours' }),
            svg('text', { x: hw + 6, y: y + 34, class: 'value' }, hours(l.hoursPerWeek)),
            svg('rect', { x: costX, y: y + 20, width: cw, height: 18, rx: 4, class: 'bar-cost' }),
            // Values stand clear of the budget line rather than under it.
            svg('text', { x: Math.max(costX + cw, budgetX) + 6, y: y + 34, class: 'value' }, money(l.monthlyCost)));
        }),
        svg('line', { x1: budgetX, x2: budgetX, y1: top + 16, y2: height - 16, class: 'budget' }),
        svg('text', { x: budgetX, y: height - 3, class: 'budget-label', 'text-anchor': 'middle' }, `budget ${money(t.monthlyBudget)}`)),
      el('figcaption', null, `Time given back: ${hours(t.hoursFreedPerWeek)} a week${t.hoursOwnerKeepsPerWeek > 0 ? ` (${hours(t.hoursFreedPerWeek + t.hoursOwnerKeepsPerWeek)} handed over, less ${hours(t.hoursOwnerKeepsPerWeek)} the SOPs leave with you)` : ''}, for ${money(t.monthlyCost)} a month.`));
  }

  const page = document.body.dataset.page;
  if (page === 'intake') intakePage();
  if (page === 'plan') planPage();
})();
