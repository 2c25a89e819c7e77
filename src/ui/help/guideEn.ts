import type { Guide } from './guide';
import { keyboardSectionEn } from './guideKeyboard';
import { proposeSectionEn } from './guideProposal';
import { monitoringSectionEn } from './guideMonitoring';
import { versionsSectionEn } from './guideVersions';

/** The user guide in English: the same sections as the Vietnamese one, names as the English interface shows them (i18n/en.ts). */
export const guideEn: Guide = {
  locale: 'en',
  intro: 'The app helps a district office allocate the province\'s online public service (DVCTT) targets to each commune, '
    + 'ward and township, and shows at once whether the allocation meets what the province assigned. Here "commune" '
    + 'includes wards and townships, and "district" is the allocating unit. All data stays in the browser on this computer: '
    + 'no account, and no network needed after the first visit.',
  contents: 'Contents',
  sections: [
    {
      id: 'create',
      title: '1. Create a plan from a list of communes',
      blocks: [
        { kind: 'paragraph', text: 'The first visit opens a demo plan (Tuy Phước district, 2023-H2) with illustrative figures; delete it when you no longer need it.' },
        { kind: 'subheading', text: 'Typing or pasting the list' },
        { kind: 'steps', items: [
          'Go to **Plans**: click **← Plans** on a plan page, or the app\'s name at the top.',
          'Click **New plan**.',
          'Enter a name, the period (a year `2024`, a half-year `2024-H1`/`2024-H2`, a quarter `2024-Q3` or a month `2024-07`) and the **Allocating unit** (the district).',
          'In **Member units**, one commune per line: code; name; type, e.g. `21952; Thị trấn Tuy Phước; Thị trấn`. You can '
            + 'select the code, name and type columns in Excel, press [[Ctrl+C]], then [[Ctrl+V]] in this box.',
          'Click **Create**. The plan opens with the five national indicators: two mandatory at 100 %, the other three without a general target '
            + '(the app invents none; the general-target row says "general target not entered"). Enter them from the province\'s decision (section 2).',
        ] },
        { kind: 'subheading', text: 'Importing a CSV file (or an Excel file saved as CSV)' },
        { kind: 'steps', items: [
          'Excel files (.xlsx, .xls) are not read directly: in Excel choose File → Save As → "CSV UTF-8" and use that file.',
          'On **Plans**, click **Import file…** at the top and choose the file, or drop the file on the window.',
          'Check the preview: the units to add, unused columns, and each problem with its row and column as Excel shows them. '
            + 'If names show broken accents, choose another **Encoding**.',
          'Under **New plan**, check the name, period and allocating unit, filled in from the file (a title line such as "Kế hoạch… 6 tháng cuối năm 2023", '
            + 'the district column of the GSO list, a period in the file name such as `2024-H1`); correct them if needed and click **Create plan**. '
            + 'The province\'s general targets are not set yet: enter them in section 2.',
        ] },
        { kind: 'paragraph', text: 'In an open plan, **Import file…** with a CSV updates communes by code (volumes, previous results, '
          + 'targets); empty cells leave values as they are. A code the plan does not have is a problem (usually a typo); tick '
          + '"These rows are new units… add them to the plan" only when they really are new communes.' },
        { kind: 'subheading', text: 'Columns read from a CSV file' },
        { kind: 'paragraph', text: 'The header row comes first (title lines above it are skipped). Columns may be in any order; case, '
          + 'accents and punctuation do not matter (`Mã đơn vị`, `MA DON VI`, `ma_don_vi` are all the code column). A code column '
          + 'and at least one other are needed. Unknown columns are listed in the preview and ignored. `;` or `,` separators and '
          + '`85,5` or `85.5` numbers are all read.' },
        { kind: 'headers', head: ['Column', 'Headers read (examples)', 'Notes'], rows: [
          { reads: 'code', label: 'Unit code', headers: ['Code', 'Unit code', 'Commune code', 'Mã', 'Mã đơn vị', 'Mã xã'],
            note: 'Required. The administrative code, e.g. `21952`. Leading zeros dropped by Excel are matched back.' },
          { reads: 'name', label: 'Unit name', headers: ['Name', 'Unit name', 'Commune', 'Tên đơn vị', 'Tên xã'],
            note: 'Needed to create a plan or add new communes.' },
          { reads: 'type', label: 'Type', headers: ['Type', 'Unit type', 'Loại'], note: 'Xã, Phường, Thị trấn.' },
          { reads: 'volume', label: 'Expected dossiers', headers: ['Expected dossiers', 'Volume', 'Số hồ sơ dự kiến'],
            note: 'A whole number; the weight in the average.' },
          { reads: 'baseline', label: 'An indicator\'s previous result', headers: ['Online dossiers - Result 2023-H1', 'Hồ sơ trực tuyến - KQ 2023-H1'],
            note: '`<indicator name> - Result …` (or `KQ`, `Kết quả`); the period may be left out.' },
          { reads: 'target', label: 'An indicator\'s target', headers: ['Online dossiers - Target 2023-H2', 'Hồ sơ trực tuyến - Chỉ tiêu 2023-H2', 'target.online_dossiers'],
            note: '`<indicator name> - Target …` (or `Chỉ tiêu`).' },
          { reads: 'index', label: 'Row number', headers: ['No', 'STT'], note: 'Recognised, not used.' },
          { reads: 'districtCode', label: 'District code', headers: ['District code', 'Mã huyện'],
            note: 'Only for the province\'s commune lists by district (section 5); ignored in a plan.' },
          { reads: 'districtName', label: 'District name', headers: ['District name', 'Tên huyện'], note: 'As the district code.' },
        ] },
        { kind: 'paragraph', text: 'A file from **Export CSV** reads back too; its aggregate row is skipped.' },
        { kind: 'subheading', text: 'Volumes and previous results' },
        { kind: 'steps', items: [
          'Each indicator has two columns side by side: the previous result (e.g. **Result 2023-H1**) and this period\'s target (e.g. **Target 2023-H2**).',
          'Type or paste (section 3) **Expected dossiers** and the previous results, or import a CSV with those columns.',
          'Next period: on **Plans**, click **Duplicate** and tick "Start the next period": new targets start empty, and the previous results are '
            + 'what each unit achieved this period by its monthly figures (empty where it has none), or this period\'s targets if you choose so. '
            + 'If the figures stop before the period\'s last month, the dialog says so: the previous result is then the result up to that month.',
        ] },
        { kind: 'paragraph', text: 'Add or remove communes with **Add unit** and **Remove unit** (select a cell of that commune first).' },
      ],
    },
    {
      id: 'assignment',
      title: '2. Enter the province\'s assignment',
      blocks: [
        { kind: 'steps', items: [
          'On the plan page, click **Province assignment**: the table opens above the grid.',
          'For each indicator, enter the **General target (%)** for communes, with at most one decimal.',
          'Choose **Applies to**: **Each commune** (no commune below it) or **Weighted average** (the volume-weighted average must reach it; single communes may be lower).',
          'With the average, enter a **Floor (%)** if the province sets a minimum for every commune; leave it empty otherwise.',
          'Tick **Must be 100%** where the indicator must be 100 (by default electronic results and the population database).',
          'Enter the **Allocating unit\'s own target (%)**, the district\'s own target. It concerns the dossiers the district handles '
            + 'itself, so by default it is not compared with the communes\' average (the note under the grid says so). To require the '
            + 'average to reach it too, tick **Aggregate must also reach the own target** for that indicator.',
          'Every change is saved and checked at once. Click **Province assignment** again to close the table. The grid\'s top row, '
            + '**General target for the commune level**, always shows the target and how it applies, e.g. `≥ 45 weighted (floor 30)`.',
        ] },
        { kind: 'paragraph', text: 'Indicators added or dropped by the province: **Add indicator**, **Remove indicator** (asks first; removes its figures).' },
        { kind: 'subheading', text: 'Importing the province\'s assignment file' },
        { kind: 'steps', items: [
          'The province sends `giao-chi-tieu-….json` (unzip a `.zip` first and take your district\'s file).',
          'Click **Import file…** and choose it (or drop it on the window).',
          'In a file for several districts, choose yours under **Receiving unit**.',
          'With a plan open, choose **Start a new plan for this unit** or to update the open plan\'s assignment (its communes and figures stay).',
          'Click **Apply**. A new plan comes with the general targets, modes, the district\'s own targets and, if sent, the commune list.',
        ] },
      ],
    },
    {
      id: 'paste',
      title: '3. Paste from Excel',
      blocks: [
        { kind: 'steps', items: [
          'In Excel, select a block of cells (figures only, no header row) and press [[Ctrl+C]].',
          'In the app, click the first (top-left) cell where it should go.',
          'Press [[Ctrl+V]]. The block fills down and right over the rows and columns as displayed (filtered or sorted as shown).',
          'It is checked like typing. If any cell is refused (text for a number, a rate outside 0–100%), nothing changes and the '
            + 'refused cells are listed (row and column in the block, commune, column): fix them in Excel and paste again.',
          'The block is one change: [[Ctrl+Z]] (or **Undo**) takes the whole paste back.',
        ] },
        { kind: 'subheading', text: 'When the app asks "Paste into which columns?"' },
        { kind: 'paragraph', text: 'Each indicator has a previous-result column beside its target column. A block that would cover '
          + 'columns of different kinds (a row of targets copied from a sheet where they sit side by side) would overwrite previous '
          + 'results and shift the targets, so the app asks first (**Paste into which columns?**), shows where each column would go, and offers:' },
        { kind: 'list', items: [
          '**Targets only** (the default, [[Enter]]): block column 1 into the focused target column, column 2 into the next target column…, skipping results, so each value lands in its indicator.',
          '**Paste as laid out**: over the columns as displayed, results included; only when the block really is previous results.',
          '**Cancel** (or [[Esc]]): nothing changes.',
        ] },
        { kind: 'paragraph', text: 'A block that covers no target column (volumes and results, say) defaults to **Paste as laid out**. When too few '
          + 'target columns are left from the focused one for the whole block, **Targets only** is off and [[Enter]] cancels.' },
        { kind: 'paragraph', text: 'One column of targets, one column of results pasted at a result column, or names, types and volumes '
          + 'paste without a question. A block running past the last row is refused and nothing changes.' },
      ],
    },
    {
      id: 'print',
      title: '4. Print the appendix for the decision',
      blocks: [
        { kind: 'steps', items: [
          'Fix the errors (section 6) and mark the plan ready (section 5) first.',
          'On the plan page, click **Print appendix** (or [[Ctrl+P]]). The printout is the whole table, titled "**Appendix: online public '
            + 'service targets for the commune level, period 2023-H2**": every commune with its previous results and targets, the general targets and the aggregate.',
          'In the browser\'s print dialog choose A4 landscape so every column fits; a printer, or "Save as PDF" for an electronic copy.',
          'For a table to rework in Excel: **Export CSV**, choose **Excel Việt Nam (; and decimal comma)**, **Download**, and open the file in Excel.',
        ] },
      ],
    },
    {
      id: 'send',
      title: '5. Send the plan to the province',
      blocks: [
        { kind: 'steps', items: [
          'Click **Mark ready to send**. While errors remain (a missing target included) it is refused, with the list; fix them and click '
            + 'again. The status becomes **Ready to send**; any later edit puts it back to **Draft**.',
          'Click **Export plan file**: the browser downloads a `.dvctt.json` file named after the plan and period without accents, e.g. '
            + '`Ke-hoach-mau-Huyen-Tuy-Phuoc_2023-H2.dvctt.json` (usually to Downloads).',
          'Send that file to the province by e-mail or Zalo, as an ordinary attachment. Do not edit it by hand.',
          'It holds the whole plan: **Import file…** on another computer opens exactly this plan.',
        ] },
        { kind: 'subheading', text: 'At the province: consolidating several files' },
        { kind: 'steps', items: [
          'Save the districts\' `.dvctt.json` files in one folder.',
          'Click **Import file…** and choose them all at once (hold [[Ctrl]] while clicking, or [[Ctrl+A]]), or drop them together on '
            + 'the window. **Consolidate** on **Plans** opens the same view.',
          '**Consolidated view of the units\' plans** shows one row per district: status, errors, warnings and each indicator\'s average '
            + 'against the assignment (✓ met, ✗ not met). With two files of one district and period, the newer is used, and the view says so.',
          'Click a district to see its communes (read-only). **Export CSV** gives the table for Excel.',
          '**Compare with the province\'s plan** chooses the province\'s plan (its member units are the districts; preselected from the files '
            + 'received). Then each district that sent no file is a row marked "not sent", a file from a unit outside the plan is flagged, and '
            + 'the **Whole province** row gives the average of every commune received against the general target: never "met" while a district is missing.',
          'The received files are kept on this computer, through reloads, until **Clear the received list** (it asks first); **Remove** on a '
            + 'row drops one file. To edit a district\'s plan, import its file on its own: it becomes a plan.',
        ] },
        { kind: 'paragraph', text: 'To assign targets, the province makes a plan whose member units are its districts (each district\'s '
          + 'target being its own target) and clicks **Export assignment files**: one file per district (several come as one `.zip`) or one for all.' },
      ],
    },
    {
      id: 'issues',
      title: '6. Warnings and errors: what they mean, how to fix them',
      blocks: [
        { kind: 'paragraph', text: 'A cell that breaks a rule is red (error) or amber (warning); hover it for the reason. The counts '
          + 'are always on the plan page (e.g. **0 errors · 5 warnings**); click them to show or hide **Issues**, and click an issue '
          + 'to go to its cell. Errors never block saving (a draft may be wrong), but a plan with errors cannot be marked ready. '
          + 'Warnings do not block sending.' },
        { kind: 'rules', head: ['Message (example)', 'Level', 'Meaning', 'Fix'], rules: {
          outOfRange: { severity: '**Error**', shown: 'Outside 0–100%',
            meaning: 'A rate (target or previous result) below 0 or above 100%. Typing, pasting and files refuse such a rate, so this is rare (figures stored by an older version).',
            fix: 'Enter a rate between 0 and 100.' },
          tooManyDecimals: { severity: '**Error**', shown: 'A target may have at most one decimal',
            meaning: 'A target with two decimals, e.g. `85.55` (previous results may have two).',
            fix: 'Round to one decimal, e.g. `85.5` or `85.6`.' },
          belowMin: { severity: '**Error**', shown: 'Below the general target of 50% (short by 2)',
            meaning: 'The indicator applies to **Each commune** and this commune\'s target is below the general target; "short by" is in percentage points.',
            fix: 'Raise it to at least the general target, or, if the decision allows an average, switch **Applies to** to **Weighted average**.' },
          belowFloor: { severity: '**Error**', shown: 'Below the floor of 40% (short by 5)',
            meaning: 'Weighted average with a floor, and this commune\'s target is below the floor.',
            fix: 'Raise it to at least the floor.' },
          aggregateBelowMin: { severity: '**Error** (aggregate row)', shown: 'Average 43.5% is below the general target of 45% (short by 1.5)',
            meaning: 'Weighted average, and the communes\' volume-weighted average is below the general target.',
            fix: 'Raise some communes\' targets, those with many dossiers first; check **Expected dossiers**.' },
          aggregateBelowOwnTarget: { severity: '**Error** (aggregate row)', shown: 'Aggregate 58% is below the allocating unit\'s own target 60% (short by 2)',
            meaning: 'Only with **Aggregate must also reach the own target** ticked: the average is below the district\'s own target.',
            fix: 'Raise communes\' targets, or untick it if the own target concerns only the district\'s own dossiers.' },
          mandatory: { severity: '**Error**', shown: 'This indicator must be 100% (short by 5)',
            meaning: 'The indicator is marked **Must be 100%** and this target is not 100.',
            fix: 'Enter `100` (paste a column of 100s for every commune).' },
          belowBaseline: { severity: '**Warning**', shown: 'Below the previous result of 62% (down by 2)',
            meaning: 'The target is below what the commune already reached: the plan goes backwards.',
            fix: 'Raise it to at least the previous result, or keep it for a good reason: a warning does not block sending.' },
          missing: { severity: '**Warning** in a draft; **Error** when marked ready', shown: 'No target yet',
            meaning: 'The commune has no target for this indicator.',
            fix: 'Enter one. A plan with empty targets cannot be marked ready.' },
          minUnset: { severity: '**Warning** in a draft; **Error** when marked ready', shown: 'General target not entered yet: nothing can be checked',
            meaning: 'A plan started from a list or a CSV has no general target from the province for this indicator yet. The app '
              + 'invents none: the general-target row says so, and the aggregate row shows the average alone, without ✓ or ✗.',
            fix: 'Open **Province assignment** (section 2) and enter the general target from the province\'s decision, or import the province\'s assignment file.' },
        } },
        { kind: 'subheading', text: 'The aggregate row' },
        { kind: 'paragraph', text: '**Aggregate (weighted by dossiers)**, at the bottom of the grid, shows per indicator the communes\' average and its verdict:' },
        { kind: 'list', items: [
          '`72.5 — 12/13` (grey): not judged yet, only 12 of 13 communes have a target; the average covers those. Fill every target to have it judged.',
          '`72.5 ✓` (green): every commune has a target, no cell of the column has an error, and the average reaches the general target (and the own target when checked).',
          '`72.5 ✗` (red): an error in the column (even with targets still missing), or the average falls short.',
          '`—`: no commune has a target yet.',
        ] },
        { kind: 'paragraph', text: 'The average is weighted by expected dossiers (a commune without a volume weighs the average volume; '
          + 'with no volumes at all, communes weigh the same) and shown rounded down to one decimal: 59.96 shows as `59.9` and fails 60, '
          + 'so the figure shown never passes when the true average does not.' },
      ],
    },
    {
      id: 'data',
      title: '7. Keeping the data safe',
      blocks: [
        { kind: 'list', items: [
          'The data is only in this browser on this computer; the app sends it nowhere. Another browser, another computer or a private window will not see it. Clearing the site\'s browsing data deletes the plans.',
          'Every edit is saved at once; the plan page shows **Saved**, **Saving…** or **Not saved**.',
          'The header button **Kept** means the browser promised to keep the data; **Best effort** means it did not, and may clear it when '
            + 'the disk is nearly full. Click it to see the space used and **Ask the browser to keep the data**. Installing the app (the '
            + 'install icon in the address bar), or bookmarking it and using it often, helps.',
          'No network needed: after the first visit the app works offline (the header shows **Offline**), this guide included. When '
            + 'a new version is ready the header shows **A new version is available —** **reload**: click when convenient; nothing is lost.',
          'A plan may be open in two tabs: an edit in one shows in the other within a second.',
        ] },
        { kind: 'subheading', text: 'Regular backups' },
        { kind: 'steps', items: [
          'On **Plans**, click **Back up everything**: the browser downloads one file with every plan.',
          'Keep it off this computer (network drive, USB stick, e-mail); at least weekly, and before the computer is reinstalled.',
          'The app reminds you when there are changes and the last backup is old (7 days by default; **Remind to back up after this many days**, in the dialog of the **Kept** / **Best effort** button).',
          'To restore: **Import file…**, choose the backup; for plans already here choose keep, replace, or add as copies.',
        ] },
        { kind: 'subheading', text: 'Undo after a reload, and the change history' },
        { kind: 'paragraph', text: '**Undo** ([[Ctrl+Z]]) and **Redo** ([[Ctrl+Y]]) still work after the page is reloaded or the browser '
          + 'restarted: this computer keeps the last 200 steps of each plan, those made in other tabs too. A cell changed again since (in another '
          + 'tab) is never overwritten by an undo: the app names the cell and skips that step. Deleting a plan deletes its steps.' },
        { kind: 'paragraph', text: 'To see how a cell changed, select it and click **Change history** (or right-click it and choose **Change history**). '
          + 'The panel on the right lists each change, newest first: when, old → new, how (typed, pasted, imported from which file, undone…) and '
          + 'whether another tab or window made it. **Whole plan** lists every change of the plan; **Export CSV** downloads the list for Excel. '
          + 'This computer keeps the last 2,000 changes of each plan; the history is not in plan files or backups.' },
      ],
    },
    keyboardSectionEn,
    proposeSectionEn,
    versionsSectionEn,
    monitoringSectionEn,
  ],
};
