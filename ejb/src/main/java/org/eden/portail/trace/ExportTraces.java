package org.eden.portail.trace;

/** What an export wrote: its trace names the scope and the number of rows. */
public record ExportTraces(long nombre, PorteeLecture portee, String cible) implements ResultatTracable {

    @Override
    public String cibleTrace() {
        return cible;
    }

    @Override
    public String detailTrace() {
        return nombre + " ligne(s) exportée(s), portée " + portee.libelle();
    }
}
