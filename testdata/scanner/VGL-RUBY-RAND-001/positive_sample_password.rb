class User < ApplicationRecord
  def self.temporary_password
    [*('a'..'z'), *('A'..'Z'), *('0'..'9')].sample(12).join # vigil:expect VGL-RUBY-RAND-001
  end
end
