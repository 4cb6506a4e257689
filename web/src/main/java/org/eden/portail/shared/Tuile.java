package org.eden.portail.shared;

import java.io.Serializable;

/**
 * One service on the home page: its name, what it is for, where it leads, and the permission
 * without which it is not shown. (A class with getters, not a record: Faces 4.0's EL reads
 * JavaBean properties only.)
 */
public final class Tuile implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String titre;
    private final String description;
    private final String icone;
    private final String lien;
    private final String permission;

    public Tuile(String titre, String description, String icone, String lien, String permission) {
        this.titre = titre;
        this.description = description;
        this.icone = icone;
        this.lien = lien;
        this.permission = permission;
    }

    public String getTitre() {
        return titre;
    }

    public String getDescription() {
        return description;
    }

    public String getIcone() {
        return icone;
    }

    public String getLien() {
        return lien;
    }

    public String getPermission() {
        return permission;
    }
}
