-- "wtf" leaves the default suspect list. Measured on the dev set (npm run
-- policy:eval), the comments that only this word held were civil as often as
-- not: a hold that is right half the time spends moderators' time on readers'
-- everyday exclamations, like the "damn" and "crap" the defaults already leave
-- alone. ("omfg" stays: it held abusive comments three times in four.) A
-- publisher who wants it back adds it on the admin page. Only the seeded row
-- goes: if the publisher re-added the word, it stays.
DELETE FROM word_lists
WHERE list = 'suspect'
  AND word = 'wtf'
  AND created_at = '2026-11-29T00:00:00.000Z';
