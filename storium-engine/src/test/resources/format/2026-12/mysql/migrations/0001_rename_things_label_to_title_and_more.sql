ALTER TABLE `things` RENAME COLUMN `label` TO `title`;
--> statement-breakpoint
CREATE TABLE `thing_tags` (
  `thing_id` int NOT NULL,
  `tag` varchar(40) NOT NULL,
  `meta` json,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6) NOT NULL,
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (`thing_id`, `tag`),
  CONSTRAINT `thing_tags_thing_id_things_id_fk` FOREIGN KEY (`thing_id`) REFERENCES `things` (`id`) ON DELETE CASCADE
);
--> statement-breakpoint
ALTER TABLE `things` ADD COLUMN `extra` text;
