CREATE TABLE `owners` (
  `id` varchar(36) DEFAULT (uuid()) NOT NULL,
  `code` varchar(36) NOT NULL,
  `display_name` varchar(200),
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6) NOT NULL,
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (`id`)
);
--> statement-breakpoint
CREATE TABLE `things` (
  `id` int NOT NULL AUTO_INCREMENT,
  `owner_id` varchar(36),
  `label` varchar(255),
  `note` text DEFAULT ('it''s \\ quoted'),
  `status` varchar(20) DEFAULT 'draft' NOT NULL,
  `rank` int DEFAULT -1 NOT NULL,
  `big` bigint DEFAULT 9000000000,
  `ratio` double DEFAULT 1.5,
  `amount` decimal(65, 30),
  `whole` decimal(12),
  `price` decimal(10, 2) DEFAULT 0.50,
  `flag` boolean DEFAULT TRUE NOT NULL,
  `off` boolean DEFAULT FALSE,
  `day` date DEFAULT (CURRENT_DATE),
  `seen` datetime(6),
  `data` json,
  `numbers` json,
  `words` json,
  `owner_code` varchar(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `things_owner_id_owners_id_fk` FOREIGN KEY (`owner_id`) REFERENCES `owners` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
);
--> statement-breakpoint
CREATE UNIQUE INDEX `owners_code_unique` ON `owners` (`code`);
--> statement-breakpoint
CREATE INDEX `things_flag_rank_idx` ON `things` (`flag`, `rank`);
--> statement-breakpoint
CREATE UNIQUE INDEX `things_label_key` ON `things` (`label`);
--> statement-breakpoint
ALTER TABLE `things` ADD CONSTRAINT `things_owner_code_owners_code_fk` FOREIGN KEY (`owner_code`) REFERENCES `owners` (`code`) ON DELETE RESTRICT;
