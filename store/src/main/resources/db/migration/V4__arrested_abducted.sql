-- How many people an incident arrested and abducted (issue 5: "killed, injured, abducted and arrested counts"),
-- beside fatalities and injured. Rows stored before this migration have none (null), as an event whose report
-- gives no number; re-extracting a document fills them.
ALTER TABLE events ADD COLUMN arrested INTEGER;
ALTER TABLE events ADD COLUMN abducted INTEGER;
