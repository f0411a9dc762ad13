CREATE TABLE `users` (
  `id` varchar(36) DEFAULT (uuid()) NOT NULL,
  `email` varchar(255) NOT NULL,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6) NOT NULL,
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (`id`)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);
