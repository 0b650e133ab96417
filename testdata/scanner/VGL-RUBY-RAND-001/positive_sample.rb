class ApiKey < ApplicationRecord
  CHARS = [*"a".."z", *"0".."9"].freeze

  before_create do
    self.token = CHARS.sample(32).join # vigil:expect VGL-RUBY-RAND-001
    @salt = Random.new.bytes(16) # vigil:expect VGL-RUBY-RAND-001
  end
end
