package org.eden.portail.trace;

/**
 * Walks the trace chain in rang order and tells whether it holds. Fed one trace at a time (the
 * caller reads the table by pages: millions of traces never sit in memory together).
 * <p>
 * The chain starts from an anchor: {@link Trace#GENESE} at rang 1 before any purge, or, after a
 * purge, the first rang kept and the hash of the last trace purged (recorded by the purge). Each
 * trace must come right after the previous one, name its hash, and hash to its own stored hash;
 * the last one must be the head of the chain (a removed end is a break too).
 */
public final class VerificateurChaine {

    private long rangAttendu;
    private String hashAttendu;
    private long verifiees;
    private VerificationChaine rupture;

    public VerificateurChaine(long premierRang, String hashAncre) {
        this.rangAttendu = premierRang;
        this.hashAttendu = hashAncre;
    }

    /** @return false once the chain is known broken: reading further is pointless */
    public boolean suivante(Trace trace) {
        if (rupture != null) {
            return false;
        }
        if (verifiees > 0 && trace.getRang() == rangAttendu - 1) {
            // Nothing in the schema keeps a rang unique on PostgreSQL (partitioned table, V25): a
            // second row of a rang already verified is a forged or replayed trace.
            rupture = VerificationChaine.rompue(verifiees, trace.getRang(),
                    "Trace de rang " + trace.getRang() + " en double.");
        } else if (trace.getRang() != rangAttendu) {
            rupture = VerificationChaine.rompue(verifiees, rangAttendu,
                    "Trace de rang " + rangAttendu + " absente (la suivante est de rang " + trace.getRang() + ").");
        } else if (!trace.getHashPrecedent().equals(hashAttendu)) {
            rupture = VerificationChaine.rompue(verifiees, trace.getRang(),
                    "Le hash précédent de la trace ne correspond pas à la trace qui la précède.");
        } else if (!trace.hashAttendu().equals(trace.getHash())) {
            rupture = VerificationChaine.rompue(verifiees, trace.getRang(),
                    "Le contenu de la trace ne correspond plus à son hash : elle a été modifiée.");
        } else {
            verifiees++;
            rangAttendu++;
            hashAttendu = trace.getHash();
            return true;
        }
        return false;
    }

    /** The verdict, once every trace was given, against the head of the chain. */
    public VerificationChaine resultat(long dernierRangTete, String dernierHashTete) {
        if (rupture != null) {
            return rupture;
        }
        if (rangAttendu - 1 != dernierRangTete || !hashAttendu.equals(dernierHashTete)) {
            return VerificationChaine.rompue(verifiees, rangAttendu,
                    "La chaîne s'arrête au rang " + (rangAttendu - 1) + " alors que sa tête est au rang "
                            + dernierRangTete + " : des traces de fin ont disparu.");
        }
        return VerificationChaine.intacte(verifiees);
    }
}
