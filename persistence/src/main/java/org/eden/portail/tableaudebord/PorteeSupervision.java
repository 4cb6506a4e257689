package org.eden.portail.tableaudebord;

/**
 * Whose activity a supervision query counts (R-TDB-2): one partner organisation, the partners of
 * one Caf, or every Caf. It is turned into the WHERE clause of every query, so that rows outside
 * it are never read.
 */
public record PorteeSupervision(Niveau niveau, Long organismeId, String codeCaf) {

    public enum Niveau { ORGANISME, CAF, NATIONAL }

    public static PorteeSupervision organisme(long organismeId, String codeCaf) {
        return new PorteeSupervision(Niveau.ORGANISME, organismeId, codeCaf);
    }

    public static PorteeSupervision caf(String codeCaf) {
        return new PorteeSupervision(Niveau.CAF, null, codeCaf);
    }

    public static PorteeSupervision nationale() {
        return new PorteeSupervision(Niveau.NATIONAL, null, null);
    }

    /** The condition on a table with columns {@code organisme_id} and {@code code_caf}, with its one parameter (or none). */
    String condition(String alias) {
        return switch (niveau) {
            case ORGANISME -> alias + "organisme_id = ?";
            case CAF -> alias + "code_caf = ?";
            case NATIONAL -> "1 = 1";
        };
    }

    Object[] parametres() {
        return switch (niveau) {
            case ORGANISME -> new Object[]{organismeId};
            case CAF -> new Object[]{codeCaf};
            case NATIONAL -> new Object[]{};
        };
    }

    @Override
    public String toString() {
        return switch (niveau) {
            case ORGANISME -> "organisme " + organismeId;
            case CAF -> "Caf " + codeCaf;
            case NATIONAL -> "national";
        };
    }
}
