-- EDEN schema, version 15: the function of each contact of the contrat de service, as the
-- contract's annex 3 form "modification d'un administrateur" names the new person (R-CONV-10).
ALTER TABLE contrat_de_service ADD COLUMN administrateur_fonction VARCHAR(100);
ALTER TABLE contrat_de_service ADD COLUMN suppleant_fonction VARCHAR(100);
ALTER TABLE contrat_de_service ADD COLUMN securite_fonction VARCHAR(100);
ALTER TABLE contrat_de_service ADD COLUMN referent_fonction VARCHAR(100);
