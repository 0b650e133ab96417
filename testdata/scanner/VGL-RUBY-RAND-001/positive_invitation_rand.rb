class Invitation < ApplicationRecord
  before_create :assign_code

  def assign_code
    self.code = (0...8).map { (65 + rand(26)).chr }.join # vigil:expect VGL-RUBY-RAND-001
  end

  def send_invitation
    InviteMailer.with(invitation: self).deliver_later
  end
end
