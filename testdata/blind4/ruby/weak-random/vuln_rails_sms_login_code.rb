class LoginCodesController < ApplicationController
  skip_before_action :authenticate_user!

  class CodeIssuer
    def initialize(user)
      @user = user
    end

    def issue!
      code = format("%06d", rand(1_000_000)) # LABEL: CWE-338
      @user.update!(login_code_digest: BCrypt::Password.create(code), login_code_sent_at: Time.current)
      SmsGateway.deliver(@user.phone, "Your sign-in code is #{code}")
    end
  end

  def create
    user = User.find_by(phone: params[:phone])
    CodeIssuer.new(user).issue! if user
    head :accepted
  end
end
