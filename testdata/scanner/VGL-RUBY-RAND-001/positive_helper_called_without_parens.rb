class AccountsController < ApplicationController
  def confirm_phone
    current_user.update!(verification_code: make_code)
    SmsSender.deliver(current_user.phone, current_user.verification_code)
  end

  private

  def make_code
    format('%06d', Random.rand(1_000_000)) # vigil:expect VGL-RUBY-RAND-001
  end
end
