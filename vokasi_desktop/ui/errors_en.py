"""English texts of the service error codes (``%(name)`` is a parameter of the error).

Pure data, no Qt: ``tests/unit/test_service_errors_english.py`` checks that every code a
service raises has a text here (or in another English path) and that the texts ask only for
parameters the raise sites give.
"""

from __future__ import annotations

#: Parameters :func:`vokasi_desktop.ui.errors.error_text` adds from the exception itself.
DERIVED_PARAMS: dict[str, set[str]] = {
    "forbidden": {"role", "action"},
    "not_eligible": {"reasons"},
    "override_required": {"rules"},
}

# Code -> English text. Keep the sentences short and say what to do.
SERVICE_ERRORS_EN: dict[str, str] = {
    "lookup_write": ("Program error: a write in a read-only lookup session was refused; "
        "nothing was changed."),
    "database_busy": ("The database is busy (another counter or an import is writing). "
        "Nothing was saved; try again in a moment."),
    "member_missing": ("The member was not found."),
    "class_missing": ("The class was not found."),
    "enrollment_missing": ("The enrolment was not found."),
    "document_missing": ("The document was not found."),
    "rule_set_missing": ("The rule set does not exist."),
    "quota_exhausted": ("The branch's seat quota or budget is used up."),
    "class_full": ("The class is full."),
    "override_reason": ("The reason for the supervisor's approval is required."),
    "reason_required": ("A reason is required."),
    "stale": ("Someone at another counter changed this just now; reload and try "
        "again."),
    "already_issued": ("The document for this enrolment was issued just now; it is shown "
        "instead of a second one."),
    "document_voided": ("The document has been voided."),
    "date_future": ("The document date cannot be in the "
                                     "future."),
    "cancelled": ("Cancelled; nothing was saved."),
    "logo_format": ("The logo must be a PNG or JPEG image."),
    "logo_too_big": ("The logo file is larger than 2 MB."),
    "logo_unreadable": ("The logo file is damaged or cannot be read as a PNG/JPEG image."),
    "logo_pixels": ("The logo must be 32 to 4000 pixels on each side."),
    "template_not_unique": ("This template gives the same numbers as another document "
        "type's template; add {type_code} or another prefix."),
    "seed_backwards": ("The last number used can only go up: a number is never reused."),
    "quota_from_region": ("The regional office has allocated this year's quota; it is "
        "changed only there."),
    "branch_code_fixed": ("The branch code cannot be changed: document numbers and exchange "
        "data use it."),
    "login_failed": ("Wrong username or password."),
    "sex_invalid": ("Sex must be L or P."),
    "segment_invalid": ("The segment must be PU, BPU, PMI or JAKON."),
    "employment_invalid": ("Unknown employment status."),
    "membership_invalid": ("Unknown membership status."),
    "layoff_future": ("The layoff date cannot be in the future."),
    "phone_format": ("The phone number is not valid: digits only (a leading + and spaces, "
        "hyphens, dots or brackets between them are fine), %(low)-%(high) digits."),
    "code_format": ("A code has %(low)-%(high) characters: letters, digits, dots, slashes, - "
        "and _, no spaces, starting with a letter or digit."),
    "region_invalid": ("The region code must be 4 digits (regency/city)."),
    "region_format": ("The region code must be the 4-digit regency/city code, e.g. 3578."),
    "region_unknown": ("Region code %(region) is not in the Kemendagri list of regencies/cities."),
    "period_order": ("The end month is before the start month."),
    "period_future": ("A contribution period cannot be in the future."),
    "forbidden": ("Your role (%(role)) may not do this (%(action))."),
    "not_eligible": ("Not eligible: %(reasons)"),
    "override_required": ("A supervisor must approve: %(rules)."),
    # access: users, sessions, approvals
    "session_invalid": ("Your login session is no longer valid (logged out, idle too long, role "
        "changed or account disabled); please log in again."),
    "self_approval": ("Another supervisor must approve, not the user on duty."),
    "not_supervisor": ("This user may not approve; approval refused."),
    "username_invalid": ("User name: 3-64 characters, lower-case letters, digits, dot, "
        "underscore or hyphen, starting with a letter."),
    "username_taken": ("That user name is already in use."),
    "full_name_empty": ("The full name is required."),
    "role_invalid": ("Unknown role."),
    "password_short": ("The password must have at least 8 characters."),
    "password_contains_username": ("The password must not be or contain the user name."),
    "password_unchanged": ("The new password must differ from the old one."),
    "old_password_wrong": ("The current password is wrong."),
    "user_not_found": ("The user was not found."),
    "disable_self": ("You cannot disable your own account."),
    "last_admin": ("This is the last active administrator: create or enable another "
        "administrator first."),
    "rule_set_in_use": ("Enrolments were decided by this rule-set version; save a new version "
        "instead."),
    "rule_set_invalid": ("The eligibility rule set is not valid."),
    "restriction_missing": ("The region restriction was not found."),
    "level_invalid": ("The restriction level must have 1-16 characters."),
    "dates_order": ("The end date is before the start date."),
    # personal data (services.privacy)
    "consent_missing": ("The worker must agree to the processing of their personal data "
        "before registration (tick the consent box)."),
    "reason_code": ("Choose a reason from the list."),
    "reason_text": ("Describe the reason (at least 5 characters)."),
    "approval_missing": ("A full-NIK export needs the approval of another supervisor or head "
        "of branch (user name and password)."),
    "purge_changed": ("The number of members to remove changed since the preview; show the "
        "preview again."),
    "report_format": ("The report file must be .xlsx or .pdf."),
    # first start, office profile, settings (services.setup, services.settings)
    "admin_missing": "The first administrator is required.",
    "admin_name_empty": "The administrator's full name is required.",
    "admin_password_mismatch": "The two administrator passwords are not the same.",
    "admin_username_invalid": ("Administrator user name: 3-64 characters, lower-case letters, "
        "digits, dot, underscore or hyphen, starting with a letter."),
    "bootstrap_closed": ("This database already has users; the first-start setup without a "
        "login is no longer allowed. Log in as head of branch or administrator."),
    "branch_code_invalid": ("The office code is not valid: 2-16 capital letters or digits "
        "without spaces, e.g. KRJ."),
    "branch_missing": ("The office profile has not been filled in yet. Run 'vokasi-desktop "
        "init' first."),
    "branch_name_empty": "The office name is required.",
    "idle_lock_range": "The automatic screen lock must be 1-120 minutes.",
    "retention_range": "The data retention period must be 1-30 years.",
    "office_kind": "The office type must be 'branch' or 'regional'.",
    "office_kind_invalid": "The office type must be 'branch' or 'regional'.",
    "server_unreachable": ("The server cannot be reached or refuses the login (wrong address, "
        "port, user name, password or database name; or the server is down)."),
    "server_unusable": ("The server's database cannot be used by this application; the details "
        "are in the log file."),
    "server_url_invalid": ("The server address is not valid; for example: "
        "postgresql://user:password@server:5432/vokasi."),
    "server_url_no_db": ("The server address has no database name (the part after the last "
        "slash)."),
    # demo data (services.demo)
    "demo_check": ("The demo data breaks the rules of table %(table) (%(rows) rows); the demo "
        "data was not saved."),
    "demo_nik": "No unique NIK could be made for the demo data.",
    "demo_not_empty": ("The database already holds members, institutions or classes; demo "
        "data is filled only into an empty database. Use --db for a new database."),
    # members, catalogue, classes, enrolments
    "nik_empty": "NIK is empty.",
    "nik_nondigit": "NIK may contain digits only.",
    "nik_length": "NIK must be 16 digits.",
    "nik_province": "The province code in the NIK (first 2 digits) is unknown.",
    "nik_regency": "The regency/city code in the NIK (digits 3 and 4) cannot be 00.",
    "nik_district": "The district code in the NIK (digits 5 and 6) cannot be 00.",
    "nik_day": ("The birth day in the NIK (digits 7 and 8) must be 01-31 for men or 41-71 for "
        "women."),
    "nik_month": "The birth month in the NIK (digits 9 and 10) must be 01-12.",
    "nik_date": "The birth date in the NIK does not exist in the calendar.",
    "nik_serial": "The serial number in the NIK (last 4 digits) cannot be 0000.",
    "kk_empty": "The family card (KK) number is empty.",
    "kk_nondigit": "The family card (KK) number may contain digits only.",
    "kk_length": "The family card (KK) number must be 16 digits.",
    "kpj_empty": "The KPJ number is empty.",
    "kpj_chars": "The KPJ number may contain digits and letters A-Z only.",
    "kpj_length": ("The KPJ number must be 11 characters (digits, or letters on old Jamsostek "
        "cards)."),
    "nik_exists": "This NIK is already registered for another member.",
    "nik_invalid": "The NIK in the person filter is not valid.",
    "nik_warning_reason_required": ("The NIK does not match the birth date or sex entered. A NIK "
        "is never reissued: give a reason if the typed data is right."),
    "kpj_exists": "This KPJ number is already used by another member.",
    "kpj_required": ("The member has no KPJ number; membership cannot be verified (active and "
        "inactive members must have one)."),
    "layoff_required": "Enter the date of the layoff or of the end of the contract.",
    "similar_member": ("A member with a similar name and the same birth date exists already. "
        "Check whether it is the same person before registering again."),
    "period_overlap": "The contribution period overlaps a period already entered.",
    "verification_method": "Verification method: card, JMO, head office data or other.",
    "verification_note": ("A verification note is required (what was checked, at least %(low) "
        "characters)."),
    "text_required": "A required field is empty.",
    "text_too_short": "A required field is empty or too short.",
    "text_too_long": "A field's text is too long.",
    "text_forbidden_char": ("A field contains a character that is not allowed; type it again "
        "instead of copying it from another source."),
    "code_exists": "Code %(code) is already in use.",
    "institution_missing": "The training institution was not found.",
    "type_invalid": "Institution type: LPK, LKP, LSP, BLK or other.",
    "status_invalid": "Unknown status.",
    "mode_invalid": "Class mode: online, offline or blended.",
    "founded_future": "The date the institution started operating is in the future.",
    "licence_dates": "The licence ends before its issue date.",
    "pks_dates": "The partnership agreement (PKS) ends before its start date.",
    "capacity_invalid": "The class capacity must be at least 1.",
    "capacity_negative": "The capacity cannot be negative.",
    "capacity_below_used": "The capacity cannot be lower than the %(used) seats already taken.",
    "cost_negative": "The cost per participant cannot be negative.",
    "hours_negative": "The lesson hours cannot be negative.",
    "date_range": "The start date must be on or before the end date.",
    "class_required": "Choose a class for the participant list.",
    "already_enrolled": "The member is already enrolled in this class.",
    "transition": "The enrolment cannot be changed from its current status to that status.",
    # documents and verification pages
    "doc_type": "Unknown document type.",
    "date_before_enrolment": "The document date cannot be before the enrolment date.",
    "date_too_old": "The document date can be at most %(days) days before today.",
    "enrollment_cancelled": "The enrolment has been cancelled; no letter can be issued.",
    "enrollment_finished": ("A referral letter is only for members who have not started or are "
        "still in training."),
    "not_completed": "A certificate is only for participants who completed and passed.",
    "registry_tampered": ("The document's register data is incomplete or was changed. Tell the "
        "administrator; the document cannot be printed or shown."),
    "publish_failed": ("The document is recorded in the register, but its file could not be "
        "written; print it again from the register."),
    "template_invalid": "The document number template is not valid.",
    "seed_negative": "The starting number cannot be negative.",
    "bad_suffix": "The verification page file name must end in .html.",
    "bad_key": "An office key cannot be put on the verification page.",
    "is_folder": "That is a folder; give the name of an .html file.",
    "no_keys": ("There is no office key to put on the verification page yet; run the office "
        "setup (init) first."),
    "write_failed": "The file cannot be written (check the folder and that the file is closed).",
    "out_dir": "The target folder does not exist.",
    "file_missing": "The file was not found.",
    "logo_missing": "The logo file does not exist.",
    # reports, exports, imports, personal data
    "report.branch": "The branch office profile has not been filled in yet; run init first.",
    "report.month": "The report month is not valid; use the format YYYY-MM.",
    "report.suffix": "The report file must end in .xlsx or .pdf.",
    "export_kind": "Unknown export type.",
    "import_kind": "Unknown import type.",
    "full_nik_reason": ("Full NIKs only with a recorded reason (at least %(low) characters, e.g. "
        "LSP certification)."),
    "request_id": "The request ID is required (at most 64 characters).",
    "month_invalid": "The month must be 1-12.",
    # quotas and the regional office
    "allocation_over_budget": ("The budget is more than what is left of the year's budget to "
        "allocate."),
    "allocation_over_target": ("The seat quota is more than what is left of the year's national "
        "target to allocate."),
    "program_year_missing": ("Programme year %(year) has not been created yet; enter its "
        "national target and budget first."),
    "quota_below_used": "The quota cannot be below what is already used (seats and budget).",
    "quota_inconsistent": "The quota counters are inconsistent; tell the administrator.",
    "quota_missing": "There is no quota for programme year %(year) yet.",
    "quota_negative": "The quota and budget cannot be negative.",
    "target_negative": "The target and budget cannot be negative.",
    "year_invalid": "The programme year is not plausible.",
    # access
    "login_locked": ("The account is locked for a while after too many failed attempts. Ask "
        "the administrator or try again later."),
    # signing keys (services.keys)
    "key_missing": ("This office has no active signing key yet; run 'vokasi-desktop key rotate' "
        "(or init)."),
    "key_locked": "The signing key is locked: enter the key passphrase to sign documents.",
    "key_passphrase_short": "The key passphrase must have at least %(low) characters.",
    "key_passphrase_wrong": "The signing key passphrase is wrong.",
    "key_file_missing": ("The signing key file is missing. At an office with several counters, "
        "every counter must use the shared data folder (VOKASI_DATA_DIR); or restore the "
        "private folder from a backup."),
    "key_file_invalid": "The signing key file is damaged or not an Ed25519 key.",
    "key_unknown": "Unknown key.",
    "key_already_revoked": "The key has already been revoked.",
    "reason_empty": "The reason for the revocation is required.",
    # backups (services.backup)
    "backup_missing": "The backup file was not found.",
    "backup_invalid": "The backup file cannot be used: it is damaged or not a backup of this app.",
    "backup_corrupt": "The database copy inside the backup is damaged.",
    "backup_audit": "The audit log chain inside the backup is damaged.",
    "backup_duplicate": "A document number is recorded more than once in the backup.",
    "backup_sequence": ("A document number counter in the backup is below the highest number "
        "already issued; the backup is inconsistent."),
    "backup_too_new": ("This backup was made by a newer version of the app (%(version)). Update "
        "vokasi-desktop before restoring it; nothing was changed."),
    "pg_dump_missing": ("A PostgreSQL backup needs the pg_dump program, which is not on this "
        "computer. Install the PostgreSQL client (pg_dump/psql) or back up on the server."),
    "pg_dump_failed": "pg_dump could not make the PostgreSQL backup.",
    "psql_missing": ("Restoring PostgreSQL needs the psql program, which is not on this "
        "computer."),
    "restore_failed": "The PostgreSQL restore failed; the database was not changed.",
    # data exchange between offices (services.exchange, services.trust)
    "package_missing": "The package file cannot be read.",
    "package_corrupt": "The package is damaged or cut short (not a complete zip file).",
    "package_too_large": "The package or a part of it is larger than allowed.",
    "package_too_many": "The package has too many parts.",
    "package_zip_bomb": ("A part of the package expands far beyond a reasonable size (possibly a "
        "zip bomb); the package is refused."),
    "package_bad_name": "The package holds a part with a name that is not allowed.",
    "package_incomplete": "The package does not contain manifest.json and manifest.sig.",
    "package_manifest": "The package manifest is incomplete or not valid.",
    "package_version": "This package format version is not supported.",
    "package_parts": "The package parts do not match the manifest (missing or extra).",
    "package_hash": ("A part of the package does not match the hash in the manifest (the "
        "package was changed or is damaged)."),
    "package_count": "A part of the package has a different number of records than the manifest.",
    "package_record": "A record in the package cannot be applied; nothing was changed.",
    "package_duplicate": "A part of the package holds a record twice; the package is refused.",
    "package_bad_base64": "The base64 data in the package is not valid.",
    "package_bad_signature": ("The package signature is not valid (the package was changed or "
        "the key is wrong); refused."),
    "package_unknown_sender": ("The package comes from an office that is not registered as "
        "trusted; refused."),
    "package_wrong_key": ("The package was signed with a key not registered for the sending "
        "office; refused."),
    "package_key_revoked": "The sending office's key has been revoked; the package is refused.",
    "package_kind": "The package claims a different office type than the one registered.",
    "package_kinds": ("The sending office is not allowed to send some of the data in the package; "
        "refused."),
    "package_wrong_recipient": "The package is for another office, not this one; refused.",
    "package_gap": ("An earlier package from this office has not been applied yet; apply it "
        "first."),
    "peer_unknown": ("That office is not registered as a trusted office yet (exchange trust "
        "add)."),
    "trust_exists": "The key is already registered.",
    "trust_file": ("The office key file is not valid (not made by 'exchange trust "
        "export-own')."),
    "trust_key": "The public key in the file does not match its key ID.",
    "trust_kinds": "Unknown data type in the key file.",
    "trust_missing": "The key is not registered.",
    "trust_own": "That is this office's own key.",
    # conflicts and duplicate NIKs after an exchange (services.conflicts)
    "conflict_missing": "The conflict was not found.",
    "conflict_already_resolved": "This conflict has already been resolved.",
    "conflict_choice_invalid": "Choose this office's value (local) or the sending office's (remote).",
    "conflict_entity_unknown": "This kind of data cannot be resolved here.",
    "conflict_field_protected": ("This field is an identity or a link between data and is not "
        "changed by resolving a conflict."),
    "conflict_field_unknown": "The conflict names a field the data does not have.",
    "conflict_needs_workflow": ("This field changes a quota, seats or the document register: "
        "apply the sending office's value on the usual page (e.g. Enrolment), then choose this "
        "office's value."),
    "conflict_row_missing": "The data of this conflict is not in this database.",
    "conflict_value_empty": "The value cannot be empty.",
    "conflict_value_invalid": ("The value does not fit the field's type; the conflict cannot be "
        "applied."),
    "duplicate_missing": "The duplicate NIK case was not found.",
    "duplicate_already_resolved": "This case has already been resolved.",
    "duplicate_keep_invalid": "Choose the member to keep: a or b.",
    "duplicate_members_missing": "Neither member of this case is in this database.",
    "duplicate_foreign_documents": ("The member to remove has documents issued by another office, "
        "whose register that office signed. Keep that member (choose the other side)."),
    "duplicate_same_class": ("Both members are enrolled in the same class; cancel one of the "
        "enrolments on the Enrolment page first, then merge."),
}
