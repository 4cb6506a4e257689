package org.eden.portail.habilitation;

/** Fired when an import is recorded; observed after the commit, it starts the background run (R-HAB-10). */
record ImportLance(Long importId) {
}
