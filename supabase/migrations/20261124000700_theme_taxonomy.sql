-- The starting taxonomy of themes. Slugs are stable English identifiers (URLs, API);
-- labels are plain language in Dutch and English. Admins may add more later.

insert into public.themes (slug, label_nl, label_en, description_nl, description_en, sort_order) values
  ('autism', 'Autisme', 'Autism', 'Leven met autisme, zelf of in je gezin.', 'Living with autism, yourself or in your family.', 10),
  ('adhd', 'ADHD', 'ADHD', 'Leven met ADHD, zelf of in je gezin.', 'Living with ADHD, yourself or in your family.', 20),
  ('parenting', 'Opvoeden', 'Parenting', 'Vragen over opvoeden en opgroeien.', 'Questions about raising children.', 30),
  ('single-parents', 'Alleen opvoeden', 'Single parents', 'Je voedt je kinderen alleen op.', 'You raise your children on your own.', 35),
  ('foster-care', 'Pleegzorg', 'Foster care', 'Pleegouders en pleeggezinnen.', 'Foster parents and foster families.', 40),
  ('family-caregiving', 'Mantelzorg', 'Family caregiving', 'Je zorgt voor iemand in je familie of omgeving.', 'You care for a family member or someone close.', 50),
  ('dementia', 'Dementie', 'Dementia', 'Leven met dementie, of zorgen voor iemand met dementie.', 'Living with dementia, or caring for someone who has it.', 60),
  ('debt', 'Schulden en geldzorgen', 'Debt and money worries', 'Schulden, rekeningen en rondkomen.', 'Debt, bills and making ends meet.', 70),
  ('work', 'Werk', 'Work', 'Werk zoeken, houden of weer beginnen.', 'Finding, keeping or returning to work.', 80),
  ('grief', 'Rouw en verlies', 'Grief and loss', 'Iemand verliezen en verder leven.', 'Losing someone and living on.', 90),
  ('loneliness', 'Eenzaamheid', 'Loneliness', 'Je voelt je alleen en wilt meer contact.', 'You feel alone and want more contact.', 100),
  ('brain-injury', 'Hersenletsel (NAH)', 'Brain injury', 'Leven na een beroerte, ongeluk of ander hersenletsel.', 'Living after a stroke, accident or other brain injury.', 110),
  ('chronic-illness', 'Chronisch ziek', 'Chronic illness', 'Leven met een ziekte die blijft.', 'Living with a long-term illness.', 120),
  ('disability', 'Beperking', 'Disability', 'Leven met een lichamelijke of verstandelijke beperking.', 'Living with a physical or intellectual disability.', 130),
  ('mental-health', 'Psychische gezondheid', 'Mental health', 'Somberheid, angst, stress en herstel.', 'Low mood, anxiety, stress and recovery.', 140),
  ('newcomers', 'Nieuwkomers', 'Newcomers', 'Nieuw in Nederland en je weg vinden.', 'New to the Netherlands and finding your way.', 150),
  ('language', 'Taal', 'Language', 'Nederlands leren en oefenen.', 'Learning and practising Dutch.', 160),
  ('addiction', 'Verslaving', 'Addiction', 'Verslaving, zelf of bij iemand dichtbij.', 'Addiction, yourself or someone close.', 170),
  ('divorce', 'Scheiding', 'Divorce', 'Uit elkaar gaan, met of zonder kinderen.', 'Separating, with or without children.', 180),
  ('older-people', 'Ouder worden', 'Growing older', 'Ouder worden en zelfstandig blijven.', 'Growing older and staying independent.', 190),
  ('young-carers', 'Jonge mantelzorgers', 'Young carers', 'Jongeren die zorgen voor iemand thuis.', 'Young people caring for someone at home.', 200)
on conflict (slug) do nothing;
