/** What one page's render shares between its components (Astro.locals): see Labo.astro. */
declare namespace App {
  interface Locals {
    /** The early shortcut-key listener is already on this page (it is written once per page). */
    ecouteTouchesLabo?: boolean;
  }
}
