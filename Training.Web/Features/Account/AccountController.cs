using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Localisation;

namespace Training.Web.Features.Account;

[Route("account")]
public sealed class AccountController(SignInManager<AppUser> signIn, UserManager<AppUser> users, SignInSessions sessions, TextCatalog text) : Controller
{
    [AllowAnonymous, HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [AllowAnonymous, HttpPost("login"), Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Training.Web.Startup.RateLimits.Public),
     Training.Web.Startup.CountsMisses(Training.Web.Startup.RateLimits.SignInMisses, InvalidFormIsMiss = true)]
    public async Task<IActionResult> Login(LoginForm form)
    {
        if (!ModelState.IsValid)
            return View(form);
        var result = await signIn.PasswordSignInAsync(form.Email.Trim(), form.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
            return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl! : "/");
        if (result.RequiresTwoFactor)
            return Redirect("/account/login/code" + (Url.IsLocalUrl(form.ReturnUrl) ? "?returnUrl=" + Uri.EscapeDataString(form.ReturnUrl!) : ""));
        // The same words for an unknown address and a wrong password: the form does not tell which accounts exist.
        ModelState.AddModelError("", result.IsLockedOut ? text["Account.LockedOut"] : text["Account.LoginFailed"]);
        form.Password = "";
        return View(form);
    }

    /// <summary>The second step: a code from the authenticator app, or one of the recovery codes.</summary>
    [AllowAnonymous, HttpGet("login/code")]
    public async Task<IActionResult> LoginCode(string? returnUrl) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToAction(nameof(Login)) : View(new CodeForm { ReturnUrl = returnUrl });

    [AllowAnonymous, HttpPost("login/code"), Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Training.Web.Startup.RateLimits.Public),
     Training.Web.Startup.CountsMisses(Training.Web.Startup.RateLimits.SignInMisses, InvalidFormIsMiss = true)]
    public async Task<IActionResult> LoginCode(CodeForm form)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
            return RedirectToAction(nameof(Login));
        if (!ModelState.IsValid)
            return View(form);
        // Six digits from the app, or a recovery code as it was shown (with its dash).
        var code = form.Code.Replace(" ", "");
        var result = code.Replace("-", "") is { Length: 6 } digits && digits.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(digits, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
            return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl! : "/");
        ModelState.AddModelError(nameof(form.Code), result.IsLockedOut ? text["Account.LockedOut"] : text["Account.CodeWrong"]);
        form.Code = "";
        return View(form);
    }

    /// <summary>The signed-in person's own security: password, and two-factor sign-in.</summary>
    [HttpGet("security")]
    public async Task<IActionResult> Security() => View(await SecurityPageAsync(new PasswordForm(), null));

    [HttpPost("security/password")]
    public async Task<IActionResult> ChangePassword(PasswordForm form)
    {
        var user = (await users.GetUserAsync(User))!;
        if (ModelState.IsValid)
        {
            var changed = await users.ChangePasswordAsync(user, form.CurrentPassword, form.NewPassword);
            if (changed.Succeeded)
            {
                await signIn.RefreshSignInAsync(user);
                TempData["Status"] = text["Account.PasswordChanged"];
                return Redirect("/account/security");
            }
            foreach (var error in changed.Errors)
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? nameof(form.CurrentPassword) : nameof(form.NewPassword),
                    error.Code == "PasswordMismatch" ? text["Account.CurrentPasswordWrong"] : error.Description);
        }
        return View("Security", await SecurityPageAsync(new PasswordForm(), null));
    }

    /// <summary>Turns two-factor sign-in on once the app shows a code that matches; the recovery codes are shown once.</summary>
    [HttpPost("security/authenticator")]
    public async Task<IActionResult> EnableAuthenticator(string? code)
    {
        var user = (await users.GetUserAsync(User))!;
        var clean = (code ?? "").Replace(" ", "").Replace("-", "");
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, clean))
        {
            ModelState.AddModelError("code", text["Account.CodeWrong"]);
            return View("Security", await SecurityPageAsync(new PasswordForm(), null));
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        var recovery = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!.ToList();
        await signIn.RefreshSignInAsync(user);
        TempData["Status"] = text["Account.TwoFactorOn"];
        return View("Security", await SecurityPageAsync(new PasswordForm(), recovery));
    }

    [HttpPost("security/recovery-codes")]
    public async Task<IActionResult> NewRecoveryCodes()
    {
        var user = (await users.GetUserAsync(User))!;
        if (!user.TwoFactorEnabled)
            return Redirect("/account/security");
        var recovery = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!.ToList();
        return View("Security", await SecurityPageAsync(new PasswordForm(), recovery));
    }

    [HttpPost("security/authenticator/off")]
    public async Task<IActionResult> DisableAuthenticator()
    {
        var user = (await users.GetUserAsync(User))!;
        if (User.IsInRole(Roles.Administrator) && TwoFactor.Required(HttpContext.RequestServices))
        {
            TempData["Error"] = text["Account.TwoFactorRequired"];
            return Redirect("/account/security");
        }
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        TempData["Status"] = text["Account.TwoFactorOff"];
        return Redirect("/account/security");
    }

    private async Task<SecurityPage> SecurityPageAsync(PasswordForm form, IReadOnlyList<string>? recoveryCodes)
    {
        var user = (await users.GetUserAsync(User))!;
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        var uri = TwoFactor.Uri(text["App.ShortName"], user.Email!, key!);
        return new SecurityPage(form, user.TwoFactorEnabled, TwoFactor.Readable(key!), uri, await users.CountRecoveryCodesAsync(user), recoveryCodes,
            User.IsInRole(Roles.Administrator) && TwoFactor.Required(HttpContext.RequestServices));
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        // Ended on the server too: a copy of the cookie is refused from now on.
        await sessions.EndAsync(User.FindFirst(SignInSessions.Claim)?.Value);
        await signIn.SignOutAsync();
        return RedirectToAction(nameof(Login));
    }

    [AllowAnonymous, HttpGet("access-denied")]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }
}

public sealed class LoginForm
{
    [Required(ErrorMessage = "Validation.Required"), EmailAddress(ErrorMessage = "Validation.Email"), Display(Name = "Account.Email")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required"), DataType(DataType.Password), Display(Name = "Account.Password")]
    public string Password { get; set; } = "";

    public string? ReturnUrl { get; set; }
}

public sealed class CodeForm
{
    [Required(ErrorMessage = "Validation.Required"), StringLength(20, ErrorMessage = "Validation.TooLong"), Display(Name = "Account.Code")]
    public string Code { get; set; } = "";

    public string? ReturnUrl { get; set; }
}

public sealed class PasswordForm
{
    [Required(ErrorMessage = "Validation.Required"), DataType(DataType.Password), Display(Name = "Account.CurrentPassword")]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required"), DataType(DataType.Password), StringLength(256, ErrorMessage = "Validation.TooLong"), Display(Name = "Account.NewPassword")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required"), DataType(DataType.Password), Compare(nameof(NewPassword), ErrorMessage = "Account.PasswordsDiffer"), Display(Name = "Account.ConfirmPassword")]
    public string ConfirmPassword { get; set; } = "";
}

public sealed record SecurityPage(PasswordForm Password, bool TwoFactorEnabled, string Key, string AuthenticatorUri, int RecoveryCodesLeft,
    IReadOnlyList<string>? NewRecoveryCodes, bool TwoFactorRequired);
