/* Offline verifier for vokasi-desktop document codes (format: docs/verification-format.md).
 *
 * Inlined into one HTML file by services/verifier.py together with the key list
 * (<script type="application/json" id="vokasi-keys">). No network, no libraries: the
 * signature check is the browser's own WebCrypto Ed25519. Everything read from a code or a
 * file is shown with textContent only, never as HTML.
 */
(function () {
  "use strict";

  const PREFIX = "VKS1";
  const QR_IN_TEXT = /VKS1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}\.[A-Za-z0-9_-]+/g;
  const B64URL = /^[A-Za-z0-9_-]+$/;
  const KEY_ID = /^[0-9a-f]{8}$/;
  const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
  const MAX_TEXT = 4096; // a QR code holds at most 2,953 bytes
  const MAX_FILE = 50 * 1024 * 1024;
  const OLD_PAGE_DAYS = 90;

  const MONTHS = {
    id: ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
      "September", "Oktober", "November", "Desember"],
    en: ["January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"],
  };

  const TEXT = {
    id: {
      title: "Verifikasi Dokumen Program Vokasi Indonesia Pekerja",
      sub: "BPJS Ketenagakerjaan · pemeriksaan tanpa internet",
      lang: "English",
      made: "Halaman ini dibuat pada {date} oleh {office}.",
      inputTitle: "Periksa dokumen",
      codeLabel: "Teks kode QR",
      codePlaceholder: "Pindai kode QR dengan pemindai, atau tempel/ketik teksnya di sini",
      check: "Periksa",
      camera: "Pindai dengan kamera",
      cameraStop: "Matikan kamera",
      hint: "Pemindai QR USB/Bluetooth mengetik langsung ke kolom ini dan menekan Enter.",
      drop: "Seret berkas PDF surat atau sertifikat ke sini, atau",
      dropPick: "pilih berkas",
      limitsTitle: "Batas pemeriksaan ini",
      limit1: "Hasil SAH membuktikan bahwa kantor BPJS Ketenagakerjaan pemilik kunci menandatangani data yang ditampilkan. Cocokkan data itu dengan yang tercetak di dokumen: bila berbeda, dokumen tidak sah.",
      limit2: "Halaman ini tidak dapat mengetahui dokumen yang dibatalkan atau kunci yang dicabut setelah {date}. Untuk kepastian, atau untuk mendapatkan halaman yang lebih baru, hubungi kantor cabang BPJS Ketenagakerjaan yang menerbitkan dokumen.",
      limit3: "Dapatkan halaman ini hanya dari kantor BPJS Ketenagakerjaan. Halaman yang diubah orang lain dapat memuat kunci palsu; bila ragu, cocokkan ID kunci di bawah dengan kantor cabang melalui telepon.",
      ageWarning: "Halaman ini sudah berumur {days} hari. Mintalah versi terbaru kepada kantor cabang.",
      keysTitle: "Kunci kantor yang dipercaya halaman ini",
      thOffice: "Kantor", thKey: "ID kunci", thValid: "Masa berlaku", thStatus: "Status",
      keyActive: "berlaku", keyRetired: "tidak dipakai lagi", keyRevoked: "DICABUT {date}", keyOwn: "kantor pembuat halaman",
      since: "sejak {from}", range: "{from} s.d. {until}", noKeys: "Halaman ini tidak memuat kunci apa pun.",
      footer: "Format kode dan daftar kunci: docs/verification-format.md (vokasi-desktop). Halaman ini tidak menghubungi jaringan mana pun.",
      details: "Data dokumen (ditandatangani)",
      detailsUnconfirmed: "Data tertulis dalam kode (TIDAK terkonfirmasi)",
      fType: "Jenis dokumen", fNo: "Nomor", fName: "Nama", fNik: "NIK (4 digit terakhir)",
      fDate: "Tanggal terbit", fOffice: "Kantor penerbit", fClass: "Kode kelas", fKey: "Kunci penanda tangan",
      types: { letter: "Surat pengantar pelatihan", slip: "Slip hasil pemeriksaan kelayakan", certificate: "Sertifikat pelatihan" },
      w_checking: "MEMERIKSA…", w_valid: "SAH", w_tampered: "DIUBAH", w_unknown_key: "KUNCI TIDAK DIKENAL",
      w_revoked: "KUNCI DICABUT", w_out_of_period: "DI LUAR MASA KUNCI", w_wrong_office: "KANTOR TIDAK COCOK",
      w_malformed: "BUKAN KODE", w_unsupported: "PERAMBAN TIDAK MENDUKUNG",
      m_valid: "Tanda tangan digital sah: {office} menandatangani data di bawah.",
      a_valid: "Cocokkan nama, nomor, tanggal dan jenis dokumen di bawah dengan yang tercetak. Halaman ini tidak mengetahui pembatalan setelah {made}; untuk kepastian hubungi {office}{contact}.",
      m_tampered: "Tanda tangan digital tidak cocok: isi kode telah diubah atau rusak.",
      a_tampered: "Jangan terima dokumen ini. Pindai ulang kode aslinya; bila hasilnya tetap DIUBAH, laporkan ke kantor cabang BPJS Ketenagakerjaan yang tertulis di dokumen.",
      m_unknown_key: "Kode ini ditandatangani dengan kunci {key} yang tidak ada dalam daftar halaman ini.",
      a_unknown_key: "Dokumen belum dapat dipastikan: kuncinya mungkin milik kantor lain atau kunci baru setelah {made}, atau dokumen palsu. Mintalah halaman verifikasi terbaru, atau hubungi kantor cabang BPJS Ketenagakerjaan yang tertulis di dokumen.",
      m_revoked: "Kunci {key} milik {office} telah DICABUT pada {date}{reason}.",
      a_revoked: "Tanda tangan dengan kunci yang dicabut tidak dapat dipercaya lagi, walaupun matematikanya cocok. Jangan terima dokumen ini sebelum {office}{contact} mengonfirmasi nomornya dari register, atau menerbitkan dokumen pengganti.",
      m_out_of_period: "Tanggal dokumen ({date}) berada di luar masa berlaku kunci {key} milik {office} ({period}).",
      a_out_of_period: "Kantor tidak memakai kunci ini pada tanggal tersebut. Jangan terima dokumen ini sebelum {office}{contact} mengonfirmasinya.",
      m_wrong_office: "Kode mengaku terbitan kantor {claimed}, tetapi ditandatangani dengan kunci {office}.",
      a_wrong_office: "Jangan terima dokumen ini. Laporkan ke kantor cabang BPJS Ketenagakerjaan {claimed}.",
      m_malformed: "Teks ini bukan kode QR dokumen Vokasi yang sah atau terbaca tidak lengkap.",
      a_malformed: "Pindai ulang kode QR pada dokumen (pastikan seluruh kode terbaca), atau seret berkas PDF aslinya ke halaman ini.",
      m_no_pdf_code: "Berkas ini tidak memuat kode verifikasi dokumen Vokasi.",
      a_no_pdf_code: "Seret berkas PDF asli yang diterbitkan aplikasi kantor cabang, atau pindai kode QR pada dokumen cetaknya.",
      m_unsupported: "Peramban ini tidak mendukung tanda tangan Ed25519 (WebCrypto), jadi tidak dapat memeriksa.",
      a_unsupported: "Buka halaman ini dengan Chrome atau Edge versi 137 ke atas, Firefox 130 ke atas, atau Safari 17 ke atas.",
      contactSep: " ({contact})", reasonSep: " (alasan: {reason})",
      pdfRead: "Kode dibaca dari berkas {file}.",
      cameraError: "Kamera tidak dapat dibuka: {error}",
    },
    en: {
      title: "Verify a Vokasi Indonesia Pekerja programme document",
      sub: "BPJS Ketenagakerjaan · works without internet",
      lang: "Bahasa Indonesia",
      made: "This page was made on {date} by {office}.",
      inputTitle: "Check a document",
      codeLabel: "QR code text",
      codePlaceholder: "Scan the QR code with a scanner, or paste/type its text here",
      check: "Check",
      camera: "Scan with the camera",
      cameraStop: "Stop the camera",
      hint: "A USB/Bluetooth QR scanner types straight into this field and presses Enter.",
      drop: "Drop the PDF file of a letter or certificate here, or",
      dropPick: "choose a file",
      limitsTitle: "What this check can and cannot tell",
      limit1: "A VALID result proves that the BPJS Ketenagakerjaan office holding the key signed the data shown. Compare that data with what is printed on the document: if they differ, the document is not genuine.",
      limit2: "This page cannot know about documents voided or keys revoked after {date}. To be sure, or to get a newer page, contact the BPJS Ketenagakerjaan branch office that issued the document.",
      limit3: "Get this page only from a BPJS Ketenagakerjaan office. A page altered by someone else can contain false keys; when in doubt, compare the key ids below with the branch office by telephone.",
      ageWarning: "This page is {days} days old. Ask the branch office for a newer one.",
      keysTitle: "Office keys this page trusts",
      thOffice: "Office", thKey: "Key id", thValid: "Valid", thStatus: "Status",
      keyActive: "in force", keyRetired: "retired", keyRevoked: "REVOKED {date}", keyOwn: "office that made this page",
      since: "since {from}", range: "{from} to {until}", noKeys: "This page contains no keys.",
      footer: "Code and key list format: docs/verification-format.md (vokasi-desktop). This page contacts no network.",
      details: "Document data (signed)",
      detailsUnconfirmed: "Data written in the code (NOT confirmed)",
      fType: "Document type", fNo: "Number", fName: "Name", fNik: "NIK (last 4 digits)",
      fDate: "Issue date", fOffice: "Issuing office", fClass: "Class code", fKey: "Signing key",
      types: { letter: "Training enrolment letter", slip: "Eligibility check slip", certificate: "Training certificate" },
      w_checking: "CHECKING…", w_valid: "VALID", w_tampered: "ALTERED", w_unknown_key: "UNKNOWN KEY",
      w_revoked: "KEY REVOKED", w_out_of_period: "OUTSIDE KEY PERIOD", w_wrong_office: "OFFICE MISMATCH",
      w_malformed: "NOT A CODE", w_unsupported: "BROWSER NOT SUPPORTED",
      m_valid: "The digital signature is valid: {office} signed the data below.",
      a_valid: "Compare the name, number, date and document type below with what is printed. This page does not know about voids after {made}; to be sure, contact {office}{contact}.",
      m_tampered: "The digital signature does not match: the code was altered or damaged.",
      a_tampered: "Do not accept this document. Scan the original code again; if it still says ALTERED, report it to the BPJS Ketenagakerjaan branch office named on the document.",
      m_unknown_key: "This code was signed with key {key}, which is not in this page's list.",
      a_unknown_key: "The document cannot be confirmed yet: the key may belong to another office or be newer than {made}, or the document is forged. Get a newer verifier page, or contact the BPJS Ketenagakerjaan branch office named on the document.",
      m_revoked: "Key {key} of {office} was REVOKED on {date}{reason}.",
      a_revoked: "A signature made with a revoked key can no longer be trusted, even though the mathematics match. Do not accept this document until {office}{contact} confirms its number from the registry or issues a replacement.",
      m_out_of_period: "The document date ({date}) is outside the validity of key {key} of {office} ({period}).",
      a_out_of_period: "The office did not use this key on that date. Do not accept this document until {office}{contact} confirms it.",
      m_wrong_office: "The code claims to come from office {claimed} but was signed with the key of {office}.",
      a_wrong_office: "Do not accept this document. Report it to BPJS Ketenagakerjaan branch office {claimed}.",
      m_malformed: "This text is not a Vokasi document QR code, or it was read incompletely.",
      a_malformed: "Scan the QR code on the document again (make sure the whole code is read), or drop the original PDF file on this page.",
      m_no_pdf_code: "This file carries no Vokasi document verification code.",
      a_no_pdf_code: "Drop the original PDF file issued by the branch office's app, or scan the QR code on the printed document.",
      m_unsupported: "This browser does not support Ed25519 signatures (WebCrypto), so it cannot check.",
      a_unsupported: "Open this page with Chrome or Edge 137 or newer, Firefox 130 or newer, or Safari 17 or newer.",
      contactSep: " ({contact})", reasonSep: " (reason: {reason})",
      pdfRead: "Code read from the file {file}.",
      cameraError: "The camera could not be opened: {error}",
    },
  };

  const DATA = JSON.parse(document.getElementById("vokasi-keys").textContent);
  const KEYS = new Map();
  let lang = "id";
  let last = null; // last result, re-rendered when the language changes
  let camera = null;

  // -- helpers ------------------------------------------------------------------------------

  function t(name, params) {
    const template = TEXT[lang][name] ?? TEXT.id[name] ?? name;
    return template.replace(/\{(\w+)\}/g, (m, k) => (params && k in params ? String(params[k]) : m));
  }

  function $(id) { return document.getElementById(id); }

  function fmtDate(iso) {
    if (typeof iso !== "string") return "-";
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
    if (!m) return iso;
    const month = MONTHS[lang][Number(m[2]) - 1];
    return month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
  }

  function b64urlEncode(bytes) {
    let s = "";
    for (const b of bytes) s += String.fromCharCode(b);
    return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  function b64urlDecode(text) {
    if (typeof text !== "string" || !B64URL.test(text) || text.length % 4 === 1) return null;
    let bin;
    try {
      bin = atob(text.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (text.length % 4)) % 4));
    } catch (e) {
      return null;
    }
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    // Refuse non-canonical encodings (stray low bits), as the app does.
    return b64urlEncode(bytes) === text ? bytes : null;
  }

  function parsePayload(bytes) {
    try {
      const value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
      return value && typeof value === "object" && !Array.isArray(value) ? value : null;
    } catch (e) {
      return null;
    }
  }

  async function sha256Hex(bytes) {
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
    return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  function officeName(key) {
    return key.branch_name ? `${key.branch_name} (${key.branch_code})` : String(key.branch_code);
  }

  function contactOf(key) {
    return key && key.contact ? t("contactSep", { contact: key.contact }) : "";
  }

  // -- the check ----------------------------------------------------------------------------

  async function loadKeys() {
    for (const key of Array.isArray(DATA.keys) ? DATA.keys : []) {
      const raw = b64urlDecode(key.public_key);
      if (!raw || raw.length !== 32 || !KEY_ID.test(key.key_id)) continue;
      // The key id is the first 8 hex digits of SHA-256(public key): refuse a list entry
      // whose id does not belong to its key.
      if ((await sha256Hex(raw)).slice(0, 8) !== key.key_id) continue;
      KEYS.set(key.key_id, Object.assign({}, key, { raw }));
    }
  }

  /** Verify one QR text; never throws. Returns {status, key?, keyId?, payload?, claimed?}. */
  async function verifyText(input) {
    if (typeof input !== "string" || input.length > MAX_TEXT) return { status: "malformed" };
    const parts = input.trim().split(".");
    if (parts.length !== 4 || parts[0] !== PREFIX) return { status: "malformed" };
    const [, p64, keyId, s64] = parts;
    if (!KEY_ID.test(keyId)) return { status: "malformed" };
    const payloadBytes = b64urlDecode(p64);
    const signature = b64urlDecode(s64);
    if (!payloadBytes || !signature || signature.length !== 64) return { status: "malformed", keyId };
    const claimed = parsePayload(payloadBytes);
    const key = KEYS.get(keyId);
    if (!key) return { status: "unknown_key", keyId, claimed };
    let ok;
    try {
      const publicKey = await crypto.subtle.importKey("raw", key.raw, { name: "Ed25519" }, false, ["verify"]);
      ok = await crypto.subtle.verify({ name: "Ed25519" }, publicKey, signature,
        new TextEncoder().encode(`${PREFIX}.${p64}.${keyId}`));
    } catch (e) {
      return { status: "unsupported", keyId, claimed };
    }
    if (!ok) return { status: "tampered", keyId, key, claimed };
    if (!claimed) return { status: "malformed", keyId };
    if (key.revoked_at) return { status: "revoked", keyId, key, claimed };
    if (claimed.b !== key.branch_code) return { status: "wrong_office", keyId, key, claimed };
    const d = typeof claimed.d === "string" && ISO_DATE.test(claimed.d) ? claimed.d : null;
    if (!d || (key.valid_from && d < key.valid_from) || (key.valid_until && d > key.valid_until)) {
      return { status: "out_of_period", keyId, key, claimed };
    }
    return { status: "valid", keyId, key, payload: claimed };
  }

  // -- PDF files ----------------------------------------------------------------------------

  /** Decode a PDF literal string starting just after its "(" at index i. */
  function pdfLiteral(s, i) {
    let out = "";
    let depth = 1;
    while (i < s.length) {
      let c = s[i++];
      if (c === "\\") {
        c = s[i++];
        const esc = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" };
        if (c in esc) out += esc[c];
        else if (c >= "0" && c <= "7") {
          let oct = c;
          while (oct.length < 3 && s[i] >= "0" && s[i] <= "7") oct += s[i++];
          out += String.fromCharCode(parseInt(oct, 8) & 0xff);
        } else if (c === "\r") { if (s[i] === "\n") i++; } // line continuation
        else if (c !== "\n") out += c;
      } else if (c === "(") { depth++; out += c; }
      else if (c === ")") { if (--depth === 0) return out; out += c; }
      else out += c;
    }
    return null;
  }

  function pdfHex(s, i) {
    const end = s.indexOf(">", i);
    if (end < 0) return null;
    let hex = s.slice(i, end).replace(/\s+/g, "");
    if (hex.length % 2) hex += "0";
    let out = "";
    for (let j = 0; j + 1 < hex.length; j += 2) out += String.fromCharCode(parseInt(hex.slice(j, j + 2), 16));
    return out;
  }

  /** Text value of a PDF string (UTF-16BE with BOM or PDFDocEncoding/ASCII). */
  function pdfText(bytesString) {
    if (bytesString.startsWith("\xfe\xff")) {
      let out = "";
      for (let j = 2; j + 1 < bytesString.length; j += 2) {
        out += String.fromCharCode((bytesString.charCodeAt(j) << 8) | bytesString.charCodeAt(j + 1));
      }
      return out;
    }
    return bytesString;
  }

  /**
   * The QR text the app stores in a PDF's document information (/VokasiQR, then /Keywords,
   * then /Subject; see documents/signing.py extract_qr_text_from_pdf). The last entry wins,
   * as in an incrementally updated PDF. Returns null when there is none.
   */
  function qrTextFromPdf(buffer) {
    const bytes = new Uint8Array(buffer);
    let s = "";
    for (let i = 0; i < bytes.length; i += 0x8000) {
      s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    }
    if (!s.startsWith("%PDF-")) return null;
    for (const name of ["/VokasiQR", "/Keywords", "/Subject"]) {
      const re = new RegExp(name.replace("/", "\\/") + "(?![A-Za-z0-9])\\s*([(<])", "g");
      let found = null;
      for (let m = re.exec(s); m; m = re.exec(s)) {
        const start = m.index + m[0].length;
        const raw = m[1] === "(" ? pdfLiteral(s, start) : (s[start] === "<" ? null : pdfHex(s, start));
        if (raw === null) continue;
        const codes = pdfText(raw).match(QR_IN_TEXT);
        if (codes) found = codes[codes.length - 1];
      }
      if (found) return found;
    }
    return null;
  }

  async function checkFile(file) {
    if (!file) return;
    if (file.size > MAX_FILE) { show({ status: "malformed", noPdf: true }); return; }
    const buffer = await file.arrayBuffer();
    const text = qrTextFromPdf(buffer);
    if (text) {
      $("code").value = text;
      await run(text, t("pdfRead", { file: file.name }), file.name);
      return;
    }
    if (/^image\//.test(file.type) && "BarcodeDetector" in window) {
      try {
        const codes = await new window.BarcodeDetector({ formats: ["qr_code"] })
          .detect(await createImageBitmap(file));
        if (codes.length) { $("code").value = codes[0].rawValue; await run(codes[0].rawValue); return; }
      } catch (e) { /* fall through: not a readable picture */ }
    }
    show({ status: "malformed", noPdf: true, file: file.name });
  }

  // -- showing ------------------------------------------------------------------------------

  async function run(text, note, file) {
    show({ status: "checking" });
    await keysReady;
    const result = await verifyText(text);
    result.note = note || "";
    result.file = file || "";
    show(result);
  }

  function show(result) {
    last = result;
    const box = $("result");
    box.hidden = false;
    box.className = `panel s-${result.status}`;
    box.dataset.status = result.status === "malformed" && result.noPdf ? "malformed" : result.status;
    if (result.noPdf) box.dataset.reason = "no_pdf_code"; else delete box.dataset.reason;
    $("word").textContent = t(`w_${result.status}`);
    const key = result.key;
    const made = fmtDate(DATA.made_at);
    const claimed = result.claimed || {};
    const params = {
      key: result.keyId || "-",
      office: key ? officeName(key) : "-",
      contact: contactOf(key),
      made,
      claimed: typeof claimed.b === "string" ? claimed.b : "-",
      date: key && result.status === "revoked" ? fmtDate(key.revoked_at) : fmtDate(claimed.d),
      reason: key && key.revoked_reason ? t("reasonSep", { reason: key.revoked_reason }) : "",
      period: key ? keyPeriod(key) : "-",
    };
    const base = result.noPdf ? "no_pdf_code" : result.status;
    $("message").textContent = result.status === "checking" ? "" : t(`m_${base}`, params);
    $("advice").textContent = result.status === "checking" ? "" : t(`a_${base}`, params);
    $("advice").hidden = result.status === "checking";
    $("note").textContent = result.file ? t("pdfRead", { file: result.file }) : "";
    const fields = result.payload || result.claimed;
    const table = $("details");
    table.replaceChildren();
    $("details-box").hidden = !fields;
    box.classList.toggle("unconfirmed", !result.payload);
    if (!fields) return;
    $("details-title").textContent = result.payload ? t("details") : t("detailsUnconfirmed");
    const types = TEXT[lang].types;
    const office = result.payload && key ? officeName(key) : fields.b;
    const rows = [
      ["fType", "t", types[fields.t] || fields.t],
      ["fNo", "no", fields.no],
      ["fName", "n", fields.n],
      ["fNik", "k", fields.k ? `············${fields.k}` : ""],
      ["fDate", "d", fmtDate(fields.d)],
      ["fOffice", "b", office],
      ["fClass", "c", fields.c],
      ["fKey", "key", result.keyId],
    ];
    for (const [label, id, value] of rows) {
      if (value === undefined || value === null || value === "") continue;
      const tr = document.createElement("tr");
      const th = document.createElement("th");
      th.textContent = t(label);
      const td = document.createElement("td");
      td.id = `field-${id}`;
      if (id === "key" || id === "no") td.className = "k";
      td.textContent = String(value);
      tr.append(th, td);
      table.append(tr);
    }
  }

  function keyPeriod(key) {
    if (key.valid_until) return t("range", { from: fmtDate(key.valid_from), until: fmtDate(key.valid_until) });
    return key.valid_from ? t("since", { from: fmtDate(key.valid_from) }) : "-";
  }

  function renderStatic() {
    document.documentElement.lang = lang;
    document.title = t("title");
    for (const el of document.querySelectorAll("[data-t]")) el.textContent = t(el.dataset.t);
    $("code").placeholder = t("codePlaceholder");
    $("camera").textContent = camera ? t("cameraStop") : t("camera");
    const office = DATA.made_by ? `${DATA.made_by.name} (${DATA.made_by.code})` : "-";
    $("made").textContent = t("made", { date: fmtDate(DATA.made_at), office });
    $("limit2").textContent = t("limit2", { date: fmtDate(DATA.made_at) });
    const made = Date.parse(DATA.made_at);
    const days = Math.floor((Date.now() - made) / 86400000);
    $("age-warning").hidden = !(days > OLD_PAGE_DAYS);
    $("age-warning").textContent = t("ageWarning", { days });
    const body = $("keys-body");
    body.replaceChildren();
    const list = Array.isArray(DATA.keys) ? DATA.keys : [];
    $("no-keys").hidden = list.length > 0;
    for (const key of list) {
      const tr = document.createElement("tr");
      const cells = [officeName(key), key.key_id, keyPeriod(key)];
      for (const [i, value] of cells.entries()) {
        const td = document.createElement("td");
        if (i === 1) td.className = "k";
        td.textContent = value;
        tr.append(td);
      }
      const status = document.createElement("td");
      const tag = document.createElement("span");
      const retired = key.valid_until && key.valid_until < new Date().toISOString().slice(0, 10);
      tag.className = key.revoked_at ? "tag bad" : "tag";
      tag.textContent = key.revoked_at ? t("keyRevoked", { date: fmtDate(key.revoked_at) })
        : t(retired ? "keyRetired" : "keyActive");
      status.append(tag);
      if (key.own) {
        const own = document.createElement("span");
        own.className = "tag";
        own.textContent = t("keyOwn");
        status.append(" ", own);
      }
      tr.append(status);
      body.append(tr);
    }
    if (last) show(last);
  }

  // -- camera (only where the browser has BarcodeDetector) --------------------------------------

  async function toggleCamera() {
    const video = $("video");
    if (camera) { stopCamera(); return; }
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } });
      const detector = new window.BarcodeDetector({ formats: ["qr_code"] });
      camera = { stream, timer: 0 };
      video.srcObject = stream;
      video.hidden = false;
      await video.play();
      renderStatic();
      const tick = async () => {
        if (!camera) return;
        try {
          const codes = await detector.detect(video);
          if (codes.length) {
            stopCamera();
            $("code").value = codes[0].rawValue;
            await run(codes[0].rawValue);
            return;
          }
        } catch (e) { /* frame not ready */ }
        camera.timer = setTimeout(tick, 250);
      };
      tick();
    } catch (e) {
      stopCamera();
      $("note").textContent = t("cameraError", { error: e && e.name ? e.name : String(e) });
    }
  }

  function stopCamera() {
    if (camera) {
      clearTimeout(camera.timer);
      for (const track of camera.stream.getTracks()) track.stop();
    }
    camera = null;
    $("video").hidden = true;
    $("video").srcObject = null;
    renderStatic();
  }

  // -- wiring -------------------------------------------------------------------------------

  function wire() {
    const code = $("code");
    $("check").addEventListener("click", () => run(code.value));
    code.addEventListener("keydown", (e) => {
      if (e.key === "Enter") { e.preventDefault(); run(code.value).then(() => code.select()); }
    });
    code.addEventListener("paste", () => setTimeout(() => run(code.value), 0));
    // A scanner is a keyboard: a burst of characters ending in Enter. When the focus is
    // elsewhere on the page, collect the burst and check it.
    let burst = "";
    let lastKey = 0;
    document.addEventListener("keydown", (e) => {
      if (e.target === code || e.ctrlKey || e.altKey || e.metaKey) return;
      const now = Date.now();
      if (now - lastKey > 100) burst = "";
      lastKey = now;
      if (e.key === "Enter" && burst.length >= 20) {
        e.preventDefault();
        code.value = burst;
        burst = "";
        run(code.value);
      } else if (e.key.length === 1) {
        burst += e.key;
      }
    });
    $("lang").addEventListener("click", () => { lang = lang === "id" ? "en" : "id"; renderStatic(); });
    const drop = $("drop");
    const file = $("file");
    file.addEventListener("change", () => { checkFile(file.files[0]); file.value = ""; });
    for (const name of ["dragenter", "dragover"]) {
      document.addEventListener(name, (e) => { e.preventDefault(); drop.classList.add("over"); });
    }
    document.addEventListener("dragleave", (e) => {
      if (!e.relatedTarget) drop.classList.remove("over");
    });
    document.addEventListener("drop", (e) => {
      e.preventDefault();
      drop.classList.remove("over");
      const files = e.dataTransfer && e.dataTransfer.files;
      if (files && files.length) checkFile(files[0]);
      else if (e.dataTransfer) {
        const text = e.dataTransfer.getData("text/plain");
        if (text) { code.value = text; run(text); }
      }
    });
    const cam = $("camera");
    cam.hidden = !("BarcodeDetector" in window && navigator.mediaDevices && navigator.mediaDevices.getUserMedia);
    cam.addEventListener("click", toggleCamera);
  }

  const keysReady = loadKeys().catch(() => undefined).then(() => {
    document.body.dataset.ready = "1";
  });
  // Exposed for tests and for curious readers (the page itself never needs it).
  window.vokasiVerifier = { verifyText, qrTextFromPdf, ready: keysReady };
  wire();
  renderStatic();
})();
