-- Federations keep one folder per member association inside each year folder (input/<year>/<member-id>/).
-- Each file is tagged with the member whose folder it came from; null for the files of the association
-- itself. Every per-year query of the store reads the association's own files (member_id IS NULL) unless
-- it names a member, so that a federation's own statements never include a member's rows.
ALTER TABLE source_file ADD COLUMN member_id VARCHAR(200);
