/**
 * Reference data administration: the pages where an admin edits the reference lists (sectors,
 * kinds of support, redirect services, activities) without a deploy. Each list belongs to the
 * module that stores its codes and is published as a {@link be.femmesetsante.sesu.shared.ReferenceList}
 * bean; this module only edits them. The privacy notice's versions are the request module's.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reference data", allowedDependencies = { "shared" })
package be.femmesetsante.sesu.reference;
