/**
 * The tasks module as other modules and add-ons use it: topics (projects with a manager) grouping internal tasks,
 * each assigned to an employee or an employee group, claimed, delegated, recurring by a {@link org.cairncrm.platform.api.calendar.Recurrence} rule or
 * made step by step from a process template, and escalated to the topic's manager when late. The services are OSGi
 * services of {@code cairn-tasks}; every call checks the caller's keys. Changes are posted as OSGi events after commit
 * ({@link Tasks#TASK_TOPIC}, {@link Tasks#ESCALATED_TOPIC}).
 */
@Version("0.3.0")
package org.cairncrm.tasks;

import org.osgi.annotation.versioning.Version;
