ALTER TABLE notes ADD COLUMN body TEXT;
CREATE INDEX notes_title_idx ON notes (title);
